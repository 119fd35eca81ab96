using System.Text.Json;

namespace SkillCert.VerifyApi.Exports;

/// <summary>
/// Whether an export holds invented sample data (site.yml's <c>demo: true</c>), read tolerantly: the site record's
/// <c>demo</c> member (meta key <c>site</c>), or a meta key <c>demo</c> of its own. Anything else, an export made before
/// the flag existed included, reads as real data.
/// </summary>
public static class ExportDemoFlag
{
    public const string MetaKey = "demo";

    public static bool Read(string? siteJson, string? demoValue)
    {
        if (demoValue?.Trim() is { } value && (value == "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))) return true;
        if (string.IsNullOrWhiteSpace(siteJson)) return false;
        try
        {
            using var site = JsonDocument.Parse(siteJson);
            return site.RootElement.ValueKind == JsonValueKind.Object
                && site.RootElement.TryGetProperty("demo", out var demo) && demo.ValueKind == JsonValueKind.True;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
