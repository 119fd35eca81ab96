using SkillCert.Core.Exports;

namespace SkillCert.VerifyApi.Exports;

/// <summary>
/// Whether an export holds invented sample data (site.yml's <c>demo: true</c>), read tolerantly: the site record's
/// <c>demo</c> (meta key <c>site</c>, as <c>skillcert export</c> writes it), or a meta key <c>demo</c> of its own.
/// Anything else, an export made before the flag existed included, reads as real data.
/// </summary>
public static class ExportDemoFlag
{
    public const string MetaKey = "demo";

    public static bool Read(ExportedSite? site, string? demoValue) =>
        site?.Demo == true || demoValue?.Trim() is "1" || string.Equals(demoValue?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
