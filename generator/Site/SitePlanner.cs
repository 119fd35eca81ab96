using SkillCert.Core.Catalogue;
using SkillCert.Core.Institutions;
using SkillCert.Core.Levels;
using SkillCert.Core.Regions;
using SkillCert.Core.Verification;
using SkillCert.Generator.Build;
using SkillCert.Generator.OpenData;
using SkillCert.Generator.Rendering;
using SkillCert.Generator.Site.Pages;

namespace SkillCert.Generator.Site;

/// <summary>Lists every file of the site with the model it shows; nothing is rendered here, only fingerprinted.</summary>
public sealed class SitePlanner(CatalogueOnDay catalogue, SiteTemplates templates)
{
    /// <summary>How many of the newest events the home page and the first changes page show.</summary>
    public const int LatestOnHome = 8;
    public const int LatestOnChanges = 100;

    private readonly CatalogueContent _content = catalogue.Content.Catalogue;
    private readonly List<PlannedOutput> _plan = [];
    private SiteView _site = null!;
    private InstitutionOutputs _institutions = null!;

    public IReadOnlyList<PlannedOutput> Plan()
    {
        var settings = _content.Site;
        _site = new SiteView(settings.Title, settings.Authority, settings.Center, settings.ContactAddress, settings.ContactPhone,
            settings.ContactEmail, catalogue.Content.Pages.Select(p => new LinkView(p.Title, p.Url, p.Summary)).ToArray());
        var events = SiteViews.AllEvents(catalogue);
        var asOf = SiteViews.Day(catalogue.AsOf);

        PlanAssets();
        _institutions = new InstitutionOutputs(catalogue, templates, _site);
        _plan.AddRange(_institutions.Plan());
        PlanHome(events, asOf);
        PlanCatalogue(asOf);
        PlanOccupations();
        PlanPolicies();
        PlanChanges(events);
        Html("coding-rule.html", SiteUrls.CodingRule, new CodingRulePage(_site, "证书编码规则", SiteUrls.CodingRule, ExampleNumber(),
            settings.Province, Province.Find(settings.Province)?.Name ?? settings.Province,
            SkillLevel.All.Select(l => new OptionView(l.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), l.DisplayName)).ToArray()));
        Html("scan.html", SiteUrls.Scan, new ScanPage(_site, "扫码核验证书", SiteUrls.Scan, catalogue.Export is not null,
            OfflineWording.Verdicts, OfflineWording.Reasons));
        Html("404.html", SiteUrls.NotFound, new NotFoundPage(_site, "页面不存在", SiteUrls.NotFound));
        PlanOpenData(events);
        return _plan.OrderBy(p => p.Path, StringComparer.Ordinal).ToArray();
    }

    private void Html(string template, string url, object model, string? source = null)
    {
        var fingerprint = Fingerprint.OfModel(template, templates.Hash, model);
        _plan.Add(new PlannedOutput(SiteUrls.FileOf(url), fingerprint, () => templates.Render(template, model), null, source));
    }

    /// <summary>
    /// A page that lists many institutions: its fingerprint comes from their inputs, and its model is built only when
    /// the page is rendered, since building and serialising ten thousand rows just to compare them costs more than
    /// the comparison saves.
    /// </summary>
    private void Html(string template, string url, string fingerprint, Func<object> model) =>
        _plan.Add(new PlannedOutput(SiteUrls.FileOf(url), fingerprint, () => templates.Render(template, model()), null));

    /// <summary>A small data file, made now: its bytes are its fingerprint.</summary>
    private void Data(string url, byte[] data) =>
        _plan.Add(new PlannedOutput(SiteUrls.FileOf(url), Fingerprint.OfBytes(data), null, () => data));

    private void PlanAssets()
    {
        var root = Path.Combine(templates.Directory, SiteTemplates.AssetsFolder);
        if (!Directory.Exists(root)) return;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            Data("/" + SiteTemplates.AssetsFolder + "/" + Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllBytes(file));
    }

    private void PlanHome(IReadOnlyList<EventView> events, string asOf)
    {
        var figures = new[] { StatusKind.Active, StatusKind.ExpiringSoon, StatusKind.Suspended, StatusKind.Expired, StatusKind.Removed, StatusKind.Withdrawn }
            .Select(k => new FigureView(StatusKindNames.Slug(k), StatusKindNames.Label(k), catalogue.Institutions.Count(i => i.Status.Kind == k),
                $"{SiteUrls.Catalogue}?status={StatusKindNames.Slug(k)}")).ToArray();
        Html("home.html", SiteUrls.Home, new HomePage(_site, _content.Site.Title, SiteUrls.Home, asOf, catalogue.Institutions.Count, figures,
            events.Take(LatestOnHome).ToArray(), ExampleNumber()));
    }

    private void PlanCatalogue(string asOf) =>
        Html("catalogue.html", SiteUrls.Catalogue, Fingerprint.OfParts("catalogue.html", _institutions.All), () => CataloguePage(asOf));

    private CataloguePage CataloguePage(string asOf)
    {
        var rows = catalogue.Institutions.Select(i => SiteViews.Row(i, _content.FindOccupation)).ToArray();
        var statuses = Enum.GetValues<StatusKind>().Where(k => k != StatusKind.NotYetFiled)
            .Select(k => new OptionView(StatusKindNames.Slug(k), StatusKindNames.Label(k))).ToArray();
        var counties = rows.Select(r => r.County).Distinct().Order(StringComparer.Ordinal).Select(c => new OptionView(c, c)).ToArray();
        var used = rows.SelectMany(r => r.Scope.Select(s => s.OccupationCode)).ToHashSet(StringComparer.Ordinal);
        var occupations = _content.Occupations.Where(o => used.Contains(o.Code)).Select(o => new OptionView(o.Code, $"{o.Code} {o.Name}")).ToArray();
        var levels = SkillLevel.All.Select(l => new OptionView(l.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), l.DisplayName)).ToArray();
        return new CataloguePage(_site, "评价机构目录", SiteUrls.Catalogue, asOf, rows, statuses, counties, occupations, levels);
    }

    private void PlanOccupations()
    {
        var certifiers = new Lazy<Dictionary<string, List<CertifierView>>>(Certifiers);
        var listing = _content.Occupations.ToDictionary(o => o.Code, _ => new List<string> { _institutions.Globals }, StringComparer.Ordinal);
        var mayCertify = _content.Occupations.ToDictionary(o => o.Code, _ => 0, StringComparer.Ordinal);
        for (var n = 0; n < catalogue.Institutions.Count; n++)
        {
            var institution = catalogue.Institutions[n];
            foreach (var entry in institution.Scope)
            {
                if (!listing.TryGetValue(entry.OccupationCode, out var inputs)) continue;
                inputs.Add(_institutions.Inputs[n]);
                if (institution.Status.MayCertify) mayCertify[entry.OccupationCode]++;
            }
        }
        var rows = _content.Occupations.Select(o => new OccupationRowView(o.Code, o.Name, SiteUrls.Occupation(o.Code), Trades(o.Trades),
            mayCertify[o.Code])).ToArray();
        Html("occupations.html", SiteUrls.Occupations, new OccupationsPage(_site, "职业（工种）", SiteUrls.Occupations, rows));
        foreach (var o in _content.Occupations)
        {
            Html("occupation.html", SiteUrls.Occupation(o.Code), Fingerprint.OfParts(["occupation.html", o.Code, .. listing[o.Code]]), () =>
                new OccupationPage(_site, $"{o.Name}（{o.Code}）", SiteUrls.Occupation(o.Code), o.Code, o.Name, Trades(o.Trades), certifiers.Value[o.Code]));
        }
    }

    /// <summary>Per occupation code, the institutions whose scope on the day lists it, in catalogue order.</summary>
    private Dictionary<string, List<CertifierView>> Certifiers()
    {
        var certifiers = _content.Occupations.ToDictionary(o => o.Code, _ => new List<CertifierView>(), StringComparer.Ordinal);
        foreach (var i in catalogue.Institutions)
        {
            foreach (var entry in i.Scope)
            {
                if (certifiers.TryGetValue(entry.OccupationCode, out var list))
                    list.Add(new CertifierView(i.Seq, i.Name, i.Url, SiteViews.Status(i.Status), entry.Trade ?? "—", SiteViews.Levels(entry.Levels)));
            }
        }
        return certifiers;
    }

    private static string Trades(IReadOnlyList<string> trades) => trades.Count == 0 ? "—" : string.Join("、", trades);

    private void PlanPolicies()
    {
        Html("pages.html", SiteUrls.Policies, new PolicyIndexPage(_site, "政策与办事指南", SiteUrls.Policies, _site.Pages));
        foreach (var page in catalogue.Content.Pages)
        {
            Html("page.html", page.Url, new PolicyPage(_site, page.Title, page.Url, page.Date is { } d ? SiteViews.Day(d) : null, page.Summary,
                page.Html), page.File);
        }
    }

    private void PlanChanges(IReadOnlyList<EventView> events)
    {
        var years = events.Select(e => int.Parse(e.On[..4], System.Globalization.CultureInfo.InvariantCulture)).Distinct()
            .Select(y => new LinkView($"{y} 年", SiteUrls.ChangesOf(y))).ToArray();
        Html("changes.html", SiteUrls.Changes, new ChangesPage(_site, "目录变动", SiteUrls.Changes, events.Take(LatestOnChanges).ToArray(), years));
        foreach (var group in events.GroupBy(e => e.On[..4]))
        {
            var url = SiteUrls.ChangesOf(int.Parse(group.Key, System.Globalization.CultureInfo.InvariantCulture));
            Html("changes.html", url, new ChangesPage(_site, $"{group.Key} 年目录变动", url, group.ToArray(), years));
        }
    }

    private void PlanOpenData(IReadOnlyList<EventView> events)
    {
        var settings = _content.Site;
        Data(SiteUrls.CodingRuleJson, OpenDataJson.Serialize(CodingRuleDocument.Current));
        var feed = events.Take(AtomFeed.Entries).ToArray();
        _plan.Add(new PlannedOutput(SiteUrls.FileOf(SiteUrls.Feed), Fingerprint.OfModel("feed", "", new FeedInputs(settings.Title, settings.Authority, settings.BaseUrl, feed)),
            null, () => AtomFeed.Write(settings.Title, settings.Authority, settings.BaseUrl, feed)));
        var pages = _plan.Where(p => p.IsHtml && p.Path != SiteUrls.FileOf(SiteUrls.NotFound)).Select(p => LinkExtractor.PageUrl(p.Path))
            .Order(StringComparer.Ordinal);
        Data(SiteUrls.Sitemap, SitemapXml.Write(settings.BaseUrl, pages));
        Data(SiteUrls.Robots, SitemapXml.Robots(settings.BaseUrl));
        if (catalogue.Export is { } export) Data(SiteUrls.Keys, OpenDataJson.Serialize(Core.Signing.KeySetDocument.From(export.Keys)));
    }

    /// <summary>A well-formed number of this catalogue, for the forms' placeholder and the coding rule's example.</summary>
    private string ExampleNumber()
    {
        var seq = catalogue.Institutions.FirstOrDefault()?.Seq ?? "000001";
        var category = catalogue.Institutions.FirstOrDefault()?.Institution.Category ?? 'Y';
        var year = Math.Max(Core.Numbers.CertificateNumber.FirstYear, catalogue.AsOf.Year);
        return new Core.Numbers.CertificateNumber(_content.Site.NumberForm, category, "0000", _content.Site.Province, seq, year, 3, 1).Format();
    }
}
