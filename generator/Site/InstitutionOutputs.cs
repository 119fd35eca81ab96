using SkillCert.Generator.Build;
using SkillCert.Generator.OpenData;
using SkillCert.Generator.Rendering;
using SkillCert.Generator.Site.Pages;

namespace SkillCert.Generator.Site;

/// <summary>
/// The files made from each institution: its page, its JSON twin, and the catalogue-wide JSON and CSV. With
/// ten thousand institutions their fingerprints come from their inputs (the file's hash, its standing on the
/// day, the site-wide settings) rather than from models built and serialised only to be compared, and
/// nothing is built at all for an institution that has not changed.
/// </summary>
public sealed class InstitutionOutputs(CatalogueOnDay catalogue, SiteTemplates templates, SiteView site)
{
    public const string Template = "institution.html";

    public IEnumerable<PlannedOutput> Plan()
    {
        var content = catalogue.Content.Catalogue;
        var exportedAt = catalogue.Export?.ExportedAt;
        var globals = Fingerprint.OfModel(Template, templates.Hash, new SiteInputs(site, content.Site, content.Occupations, exportedAt));
        var loaded = catalogue.Content.Institutions.ToDictionary(l => l.Institution.Seq, StringComparer.Ordinal);
        var inputs = catalogue.Institutions.AsParallel().AsOrdered().Select(i => Fingerprint.OfParts(globals, loaded[i.Seq].ContentHash,
            $"{i.Status.Kind}|{i.Status.Cause}|{i.Status.Since}|{i.Status.ValidUntil}|{i.History.Count}",
            Statistics(i.Statistics))).ToArray();
        var records = new Lazy<InstitutionRecord[]>(() =>
            catalogue.Institutions.AsParallel().AsOrdered().Select(i => OpenDataJson.Institution(catalogue, i)).ToArray());

        for (var n = 0; n < catalogue.Institutions.Count; n++)
        {
            var i = catalogue.Institutions[n];
            yield return new PlannedOutput(SiteUrls.FileOf(i.Url), Fingerprint.OfParts("page", inputs[n]),
                () => templates.Render(Template, Page(i)), null, loaded[i.Seq].File);
            yield return new PlannedOutput(SiteUrls.FileOf(SiteUrls.InstitutionJson(i.Seq)), Fingerprint.OfParts("twin", inputs[n]),
                null, () => OpenDataJson.Serialize(OpenDataJson.Institution(catalogue, i)));
        }
        var all = Fingerprint.OfParts([.. inputs, SiteViews.Day(catalogue.AsOf)]);
        yield return new PlannedOutput(SiteUrls.FileOf(SiteUrls.CatalogueJson), Fingerprint.OfParts("catalogue.json", all),
            null, () => OpenDataJson.Serialize(OpenDataJson.Catalogue(catalogue, records.Value)));
        yield return new PlannedOutput(SiteUrls.FileOf(SiteUrls.CatalogueCsv), Fingerprint.OfParts("catalogue.csv", all),
            null, () => CatalogueCsv.Write(records.Value, content.Site.BaseUrl));
    }

    /// <summary>"2021:3,0,1,0,0;…": the counts an institution page shows, per year and level.</summary>
    private static string Statistics(Export.InstitutionStatistics? statistics) =>
        statistics is null ? "" : string.Join(';', statistics.Years.Select(y => $"{y.Year}:{string.Join(',', y.ByLevel)}"));

    private InstitutionPage Page(InstitutionOnDay i) => new(site, i.Institution.Name, i.Url, SiteViews.Detail(i), SiteViews.Status(i.Status),
        SiteViews.Scope(i, catalogue.Content.Catalogue.FindOccupation), SiteViews.Events(i),
        SiteViews.Statistics(i.Statistics, catalogue.Export?.ExportedAt), SiteUrls.InstitutionJson(i.Seq));
}
