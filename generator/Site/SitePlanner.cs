using SkillCert.Core.Catalogue;
using SkillCert.Core.Institutions;
using SkillCert.Core.Levels;
using SkillCert.Core.Regions;
using SkillCert.Core.Verification;
using SkillCert.Generator.Build;
using SkillCert.Generator.OpenData;
using SkillCert.Generator.Site.Memo;
using SkillCert.Generator.Site.Pages;
using SkillCert.Generator.Site.Search;

namespace SkillCert.Generator.Site;

/// <summary>
/// Lists every file of the site with the model it shows; nothing is rendered here, only fingerprinted. With
/// servedTogether (the demo: the verification service serves the site from its own origin), the forms and scripts reach
/// the service root-relative whatever verify_url says. With the <paramref name="previous"/> published build, the
/// catalogue-wide data files are made from its bytes where they can be, and what its plan learned is reused: each
/// unchanged institution's fingerprints, and the sections (the lists, the search terms, the changes) laid out as then, of
/// which only the files that show an edited institution are planned again.
/// </summary>
public sealed class SitePlanner(CatalogueOnDay catalogue, SiteTemplates templates, bool servedTogether = false, PreviousOutputs? previous = null)
{
    private readonly CatalogueContent _content = catalogue.Content.Catalogue;
    private readonly List<PlannedOutput> _plan = [];
    private SiteView _site = null!;
    private InstitutionOutputs _institutions = null!;
    private PublicityNotices _publicity = null!;
    /// <summary>Where in the plan the institutions' files are, in seq order (see <see cref="OrdinalOrder"/>).</summary>
    private (int Start, int Length) _run;

    /// <summary>What this plan learned, for the next build's; filled by <see cref="Plan"/> and by rendering data/catalogue.json.</summary>
    public PlanMemo Memo { get; } = new();

    public IReadOnlyList<PlannedOutput> Plan()
    {
        var settings = _content.Site;
        _site = new SiteView(settings.Title, settings.Authority, settings.Center, settings.ContactAddress, settings.ContactPhone,
            settings.ContactEmail, catalogue.Content.Pages.Select(p => new LinkView(p.Title, p.Url, p.Summary)).ToArray(), settings.Demo,
            SiteViews.Day(catalogue.AsOf), SiteViews.Service(settings.BaseUrl, settings.VerifyUrl, servedTogether));
        PlanAssets();
        _publicity = new PublicityNotices(catalogue, templates, _site);
        var publicity = _publicity.Pages().Select(p => Page(p.Template, p.Url, p.Model)).ToArray();
        _plan.AddRange(publicity);
        _institutions = new InstitutionOutputs(catalogue, templates, _site, previous, Memo);
        for (var n = 0; n < catalogue.Institutions.Count; n++) Memo.Keep(catalogue.Institutions[n].Seq, _institutions.Prints[n]);
        _run = (_plan.Count, _institutions.InSeqOrder);
        _plan.AddRange(_institutions.Plan());
        var listings = new CatalogueListings(catalogue, templates, _site, _institutions);
        var lists = listings.Plan(KeptPages.Of(previous, "lists", listings.Layout, _institutions, p => p.Card, p => TermSource.Listing(p.Terms))).ToArray();
        Memo.Keep("lists", listings.Layout, lists);
        _plan.AddRange(lists);
        var search = new SearchIndex(catalogue, listings, _institutions);
        _plan.AddRange(search.Plan());
        var terms = search.PlanTerms(previous);
        Memo.Keep("search-terms", search.TermsLayout, terms);
        _plan.AddRange(terms);
        _plan.AddRange(new CatalogueChanges(catalogue, templates, _site, _institutions, _publicity, ExampleNumber(), previous, Memo).Plan(publicity));
        PlanOccupations();
        PlanPolicies();
        Html("coding-rule.html", SiteUrls.CodingRule, new CodingRulePage(_site, "证书编码规则", SiteUrls.CodingRule,
            "职业技能等级证书编号每一位的含义、22 位和 21 位两种格式，以及在浏览器中逐段解读编号的工具。", ExampleNumber().Number,
            settings.Province, Province.Find(settings.Province)?.Name ?? settings.Province,
            SkillLevel.All.Select(l => new OptionView(l.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), l.DisplayName)).ToArray()));
        Html("scan.html", SiteUrls.Scan, new ScanPage(_site, "扫码核验证书", SiteUrls.Scan,
            "粘贴证书二维码中的链接，在浏览器中用本站公布的公钥核对数字签名，再联网核对证书记录。", catalogue.Export is not null,
            OfflineWording.Verdicts, OfflineWording.Reasons));
        Html("lookup.html", SiteUrls.Lookup, new LookupPage(_site, "找回证书", SiteUrls.Lookup,
            "忘记证书编号时，用证书上的姓名和证件号码查询自己名下的职业技能等级证书；证件号码不会出现在网址和日志里。",
            SiteUrls.LookupAnswer, LookupFormView.Empty));
        Html("404.html", SiteUrls.NotFound, new NotFoundPage(_site, "页面不存在", SiteUrls.NotFound, "您要找的页面不存在，可以返回首页查询证书或浏览评价机构目录。"));
        PlanOpenData();
        return OrdinalOrder.Sort(_plan, _run.Start, _run.Length, p => p.Path);
    }

    private void Html(string template, string url, object model, string? source = null) => _plan.Add(Page(template, url, model, source));

    private PlannedOutput Page(string template, string url, object model, string? source = null) =>
        new(SiteUrls.FileOf(url), Fingerprint.OfModel(template, templates.Hash, model), () => templates.RenderPage(template, model), null, source);

    /// <summary>A small data file, made now: its bytes are its fingerprint.</summary>
    private void Data(string url, byte[] data) =>
        _plan.Add(new PlannedOutput(SiteUrls.FileOf(url), Fingerprint.OfBytes(data), null, () => data));

    /// <summary>The templates' assets/ go to /assets/, and root/ (favicon.ico) to the site's root, where browsers look for it.</summary>
    private void PlanAssets()
    {
        foreach (var (folder, prefix) in new[] { (SiteTemplates.AssetsFolder, "/" + SiteTemplates.AssetsFolder + "/"), (SiteTemplates.RootFolder, "/") })
        {
            var root = Path.Combine(templates.Directory, folder);
            if (!Directory.Exists(root)) continue;
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                Data(prefix + Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }
        // The pages link assets by their fingerprinted names, so every plan (the build's and the preview's) publishes those too.
        _plan.AddRange(FingerprintedAssets.Plan(templates));
    }

    private void PlanOccupations()
    {
        var certifiers = _content.Occupations.ToDictionary(o => o.Code, _ => 0, StringComparer.Ordinal);
        // Loops and one set, not a Distinct per institution: every build counts 10,000 scopes (incremental.sh: ~5 ms of CPU).
        var counted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var institution in catalogue.Institutions)
        {
            if (!institution.Status.MayCertify) continue;
            counted.Clear();
            foreach (var entry in institution.Scope)
            {
                if (counted.Add(entry.OccupationCode) && certifiers.TryGetValue(entry.OccupationCode, out var count)) certifiers[entry.OccupationCode] = count + 1;
            }
        }
        var rows = _content.Occupations.Select(o => new OccupationRowView(o.Code, o.Name, SiteUrls.Occupation(o.Code), Trades(o.Trades),
            certifiers[o.Code])).ToArray();
        Html("occupations.html", SiteUrls.Occupations, new OccupationsPage(_site, "职业（工种）", SiteUrls.Occupations,
            "目录中的评价机构可以认定的职业（工种）及其编码，以及每个职业目前可以开展认定的机构数。", rows));
    }

    private static string Trades(IReadOnlyList<string> trades) => trades.Count == 0 ? "—" : string.Join("、", trades);

    private void PlanPolicies()
    {
        Html("pages.html", SiteUrls.Policies, new PolicyIndexPage(_site, "政策与办事指南", SiteUrls.Policies,
            "企业职业技能等级认定的政策说明和办事指南：申请条件、备案流程、评价实施与监督、证书内容和常见问题。", _site.Pages));
        foreach (var page in catalogue.Content.Pages)
        {
            Html("page.html", page.Url, new PolicyPage(_site, page.Title, page.Url, page.Summary ?? $"{page.Title}：{_content.Site.Title}的政策指南。",
                page.Date is { } d ? SiteViews.Day(d) : null, page.Summary, page.Html), page.File);
        }
    }

    private void PlanOpenData()
    {
        var settings = _content.Site;
        Data(SiteUrls.CodingRuleJson, OpenDataJson.Serialize(CodingRuleDocument.Current));
        // The sitemap is fingerprinted by the addresses it lists and written only when they change (incremental.sh: 50 ms a build).
        var notFound = SiteUrls.FileOf(SiteUrls.NotFound);
        var urls = new List<string>(_plan.Count);
        var run = (Start: 0, Length: 0);
        for (var n = 0; n < _plan.Count; n++)
        {
            if (n == _run.Start) run.Start = urls.Count;
            if (!_plan[n].IsHtml || _plan[n].Path == notFound) continue;
            urls.Add(LinkExtractor.PageUrl(_plan[n].Path));
            if (n >= _run.Start && n < _run.Start + _run.Length) run.Length++;
        }
        var pages = OrdinalOrder.Sort(urls, run.Start, run.Length, url => url);
        _plan.Add(new PlannedOutput(SiteUrls.FileOf(SiteUrls.Sitemap), Fingerprint.OfParts(["sitemap", settings.BaseUrl.AbsoluteUri, .. pages]),
            null, () => SitemapXml.Write(settings.BaseUrl, pages)));
        Data(SiteUrls.Robots, SitemapXml.Robots(settings.BaseUrl));
        if (catalogue.Export is { } export) Data(SiteUrls.Keys, OpenDataJson.Serialize(Core.Signing.KeySetDocument.From(export.Keys)));
    }

    /// <summary>
    /// The number the forms show as an example. On a demo site built with its export it is a certificate of the export, so
    /// that trying the example finds something; a real site never puts a real holder's certificate on its home page, so
    /// there it is a well-formed number of this catalogue that only shows the form.
    /// </summary>
    private (string Number, bool Found) ExampleNumber()
    {
        if (_content.Site.Demo && catalogue.Export?.SampleNumber is { } sample) return (sample, true);
        var seq = catalogue.Institutions.FirstOrDefault()?.Seq ?? "000001";
        var category = catalogue.Institutions.FirstOrDefault()?.Institution.Category ?? 'Y';
        var year = Math.Max(Core.Numbers.CertificateNumber.FirstYear, catalogue.AsOf.Year);
        return (new Core.Numbers.CertificateNumber(_content.Site.NumberForm, category, "0000", _content.Site.Province, seq, year, 3, 1).Format(), false);
    }
}
