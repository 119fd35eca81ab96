namespace SkillCert.Core.Numbers;

/// <summary>The public shape of a decoding, shared by the CLI's --json output and the API.</summary>
public sealed record NumberReport(
    string Input,
    string Normalized,
    IReadOnlyList<string> Adjustments,
    string? Form,
    bool WellFormed,
    IReadOnlyDictionary<string, DecodedField>? Fields,
    IReadOnlyList<NumberReportError> Errors)
{
    public static NumberReport From(NumberDecoding d) => new(
        d.Input,
        d.Normalized.Text,
        d.Normalized.Adjustments,
        d.Form?.Name,
        d.WellFormed,
        d.Fields is { } f
            ? new Dictionary<string, DecodedField>
            {
                ["category"] = f.Category, ["route"] = f.Route, ["province"] = f.Province,
                ["institution"] = f.Institution, ["year"] = f.Year, ["level"] = f.Level, ["serial"] = f.Serial,
            }
            : null,
        d.Errors.Select(e => new NumberReportError(FieldName(e.Field), e.Message, e.MessageZh)).ToArray());

    /// <summary>The lower-case name of a field as JSON and HTML forms use it.</summary>
    public static string FieldName(NumberField field) => field.ToString().ToLowerInvariant();
}
