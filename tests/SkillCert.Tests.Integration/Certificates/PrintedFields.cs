using AngleSharp.Dom;

namespace SkillCert.Tests.Integration.Certificates;

/// The fields a certificate page prints, by the data-field name the template gives each one.
internal static class PrintedFields
{
    public static Dictionary<string, string> Of(IDocument page) =>
        page.QuerySelectorAll("[data-field]").ToDictionary(e => e.GetAttribute("data-field")!, e => e.TextContent, StringComparer.Ordinal);

    public static string Field(IDocument page, string field) =>
        Of(page).TryGetValue(field, out var text) ? text : throw new Xunit.Sdk.XunitException($"the page has no {field}");
}
