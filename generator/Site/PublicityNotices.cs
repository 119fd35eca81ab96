using SkillCert.Core.Batches;
using SkillCert.Core.Catalogue;
using SkillCert.Core.Exports;
using SkillCert.Core.Levels;
using SkillCert.Generator.Build;
using SkillCert.Generator.Site.Pages;

namespace SkillCert.Generator.Site;

/// <summary>
/// The publicity notices (公示) of the export's batches on the build's day: a batch has a notice from the first day of
/// its period until <see cref="PublicitySettings.DaysAfter"/> days after the last, and /publicity/ lists them. A notice
/// shows counts, dates, the place and the objection route, never a name: the list with names is only posted at the place.
/// </summary>
public sealed class PublicityNotices
{
    public const string Template = "publicity.html";
    public const string ListTemplate = "publicity-list.html";

    private readonly SiteView _site;
    private readonly SiteTemplates _templates;
    private readonly PublicitySettings _settings;
    private readonly string _asOf;

    public PublicityNotices(CatalogueOnDay catalogue, SiteTemplates templates, SiteView site)
    {
        _site = site;
        _templates = templates;
        var settings = catalogue.Content.Catalogue.Site;
        _settings = settings.Publicity;
        _asOf = SiteViews.Day(catalogue.AsOf);
        Contact = new PublicityContactView(_settings.ObjectionsTo ?? settings.Center, _settings.ObjectionAddress, _settings.ObjectionPhone,
            _settings.ObjectionEmail);
        var institutions = catalogue.Institutions.ToDictionary(i => i.Seq, StringComparer.Ordinal);
        All = (catalogue.Export?.Batches ?? [])
            .Select(b => Notice(b, catalogue.AsOf, institutions.GetValueOrDefault(b.Institution)))
            .OfType<PublicityNoticeView>()
            .OrderByDescending(n => n.Running).ThenByDescending(n => n.From, StringComparer.Ordinal)
            .ThenBy(n => n.Seq, StringComparer.Ordinal).ThenBy(n => n.Batch, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every notice up on the build's day: the running ones first, then the ended ones, each newest first.</summary>
    public IReadOnlyList<PublicityNoticeView> All { get; }

    public PublicityContactView Contact { get; }

    /// <summary>/publicity/ and one page per notice.</summary>
    public IEnumerable<(string Template, string Url, object Model)> Pages()
    {
        const string description = "正在公示和刚结束公示的职业技能等级认定结果：评价机构、职业（工种）、等级和人数，公示期、公示地点和异议受理方式。";
        yield return (ListTemplate, SiteUrls.Publicity, new PublicityListPage(_site, "认定结果公示", SiteUrls.Publicity, description, _asOf,
            _settings.Intro, All.Where(n => n.Running).ToArray(), All.Where(n => !n.Running).ToArray(), _settings.DaysAfter, Contact));
        foreach (var notice in All)
        {
            yield return (Template, notice.Url, new PublicityPage(_site, notice.Title, notice.Url,
                $"{notice.InstitutionName}职业技能等级认定结果公示：共 {notice.Total} 人，公示期 {notice.From} 至 {notice.To}，公示地点{notice.Place}。",
                _asOf, _settings.Intro, notice, Contact));
        }
    }

    /// <summary>The batch's notice on <paramref name="day"/>, or null when it has none: not publicised yet, or taken down.</summary>
    private PublicityNoticeView? Notice(BatchRecord batch, DateOnly day, InstitutionOnDay? institution)
    {
        if (batch.Lifecycle is not { Publicity: { } publicity, Review.Outcome: ReviewOutcome.Passed }) return null;
        var listedUntil = publicity.To.AddDays(_settings.DaysAfter);
        if (day < publicity.From || day > listedUntil) return null;
        var status = batch.StatusOn(day);
        if (status.State is not (BatchState.InPublicity or BatchState.PublicityEnded or BatchState.Issued)) return null;
        var running = publicity.IsRunningOn(day);
        var counts = batch.Counts.Where(c => c.Publicised > 0).Select(c => new PublicityCountView(c.OccupationCode, c.OccupationName,
            c.Trade ?? "—", SkillLevel.FromCode(c.Level)?.DisplayName ?? c.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
            c.Publicised)).ToArray();
        return new PublicityNoticeView(SiteUrls.PublicityNotice(batch.Institution, batch.Batch), batch.Institution, batch.Batch,
            institution?.Name ?? $"机构代码 {batch.Institution}", institution?.Url, SiteViews.Day(publicity.From), SiteViews.Day(publicity.To),
            publicity.Place, running, running ? "公示中" : "公示期已结束",
            status.IsIssued && batch.Lifecycle.IssuedOn is { } issued ? SiteViews.Day(issued) : null, SiteViews.Day(listedUntil), counts,
            counts.Sum(c => c.Count));
    }
}
