using System.Globalization;
using System.Text.Json;
using SkillCert.Core.Institutions;
using SkillCert.Generator.Content;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.OpenData;

/// <summary>Reads back the data/catalogue.json of a built site as the catalogue it published.</summary>
public static class PublishedOpenData
{
    /// <summary>The path of the open data inside a site folder.</summary>
    public static string FileIn(string siteDir) => Path.Combine(siteDir, SiteUrls.FileOf(SiteUrls.CatalogueJson));

    /// <summary>The published catalogue, or null with the reason it could not be read.</summary>
    public static PublishedCatalogue? Read(string siteDir, out Phrase? problem)
    {
        var file = FileIn(siteDir);
        problem = null;
        if (!File.Exists(file))
        {
            problem = new($"{siteDir} 里没有 {SiteUrls.FileOf(SiteUrls.CatalogueJson)}，它不像 skillcert build 发布的网站", $"{siteDir} has no {SiteUrls.FileOf(SiteUrls.CatalogueJson)}");
            return null;
        }
        try
        {
            using var stream = File.OpenRead(file);
            var document = JsonSerializer.Deserialize(stream, OpenDataJsonContext.Default.CatalogueDocument);
            if (document is null || document.Schema != CatalogueDocument.SchemaName)
            {
                problem = new($"{file} 不是网站的机构目录数据（{CatalogueDocument.SchemaName}）", $"{file} is not a {CatalogueDocument.SchemaName} document");
                return null;
            }
            var filings = document.Institutions.Select(Filing).ToDictionary(f => f.Seq, StringComparer.Ordinal);
            return new PublishedCatalogue(file, Day(document.AsOf), filings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException or ArgumentException)
        {
            problem = new($"{file} 读不出来（{e.Message}）", $"{file} cannot be read ({e.Message})");
            return null;
        }
    }

    // events[0] is always the filing itself. Open data written before names and scopes were published on events has
    // neither; it had no renamed events either, so its name is the filed one, and its scope is the filed one unless a
    // scope change was published.
    private static PublishedFiling Filing(InstitutionRecord record)
    {
        var filing = record.Events.Count > 0 ? record.Events[0] : null;
        var events = record.Events.Skip(1).Select(Event).ToArray();
        var scope = filing?.Scope is { } filed ? Scope(filed)
            : events.Any(e => e.Type == FilingEventType.ScopeChanged) ? null : Scope(record.Scope);
        return new PublishedFiling(record.Seq, filing?.Name ?? record.Name, scope, events);
    }

    private static FilingEvent Event(EventRecord e) => new(
        Day(e.On),
        FilingEventTypeNames.Parse(e.Type) ?? throw new FormatException($"unknown event type \"{e.Type}\""),
        e.ValidUntil is { } until ? Day(until) : null,
        e.Note,
        e.Scope is { } scope ? Scope(scope) : null,
        e.Name);

    private static ScopeEntry[] Scope(IReadOnlyList<ScopeRecord> scope) =>
        scope.Select(s => new ScopeEntry(s.OccupationCode, s.Trade, s.Levels)).ToArray();

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
