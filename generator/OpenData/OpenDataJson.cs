using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SkillCert.Core.Institutions;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.OpenData;

/// <summary>Builds the JSON documents of the open data, camelCase, with Chinese readable and HTML-significant characters escaped.</summary>
public static class OpenDataJson
{
    private static readonly OpenDataJsonContext Context = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, typeof(T), Context);

    public static CatalogueDocument Catalogue(CatalogueOnDay catalogue, IReadOnlyList<InstitutionRecord> records)
    {
        var site = catalogue.Content.Catalogue.Site;
        var counts = Enum.GetValues<StatusKind>().Where(k => k != StatusKind.NotYetFiled)
            .ToDictionary(StatusKindNames.Slug, k => catalogue.Institutions.Count(i => i.Status.Kind == k));
        return new CatalogueDocument(CatalogueDocument.SchemaName, site.Title, site.Authority, site.Demo, SiteViews.Day(catalogue.AsOf),
            catalogue.Export?.ExportedAt, counts, records);
    }

    public static InstitutionRecord Institution(CatalogueOnDay catalogue, InstitutionOnDay i)
    {
        var inst = i.Institution;
        var status = i.Status;
        return new InstitutionRecord(inst.Seq, i.Url, i.Name, inst.Category.ToString(), inst.Route, inst.CreditCode, inst.County,
            inst.Address, inst.LegalRepresentative, inst.Industry, inst.Size, inst.Ownership, SiteViews.Day(inst.FiledOn),
            SiteViews.Day(status.ValidUntil),
            new StatusRecord(status.Slug, status.Label, status.Since is { } since ? SiteViews.Day(since) : null, status.Cause, status.MayCertify),
            Scope(catalogue, i.Scope),
            i.History.Select(e => new EventRecord(SiteViews.Day(e.On), FilingEventTypeNames.Name(e.Type), e.Label,
                e.ValidUntil is { } until ? SiteViews.Day(until) : null, e.Note, e.Name,
                e.Occupations is { } scope ? Scope(catalogue, scope) : null)).ToArray(),
            catalogue.Export is null ? null : Certificates(i));
    }

    private static ScopeRecord[] Scope(CatalogueOnDay catalogue, IReadOnlyList<ScopeEntry> scope) =>
        scope.Select(s => new ScopeRecord(s.OccupationCode, catalogue.Content.Catalogue.FindOccupation(s.OccupationCode)?.Name ?? "",
            s.Trade, s.Levels.OrderDescending().ToArray())).ToArray();

    private static CertificatesRecord Certificates(InstitutionOnDay i) => new(
        i.Statistics?.Total ?? 0,
        (i.Statistics?.Years ?? []).Select(y => new YearRecord(y.Year, y.Total,
            Enumerable.Range(1, 5).ToDictionary(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Level))).ToArray());
}
