using System.Globalization;
using SkillCert.Core.Institutions;
using SkillCert.Core.Levels;
using SkillCert.Core.Occupations;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Site;

/// <summary>Turns the domain into the plain, pre-formatted views that templates show: strings and lists, no logic left to a template.</summary>
public static class SiteViews
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The address the site's forms and scripts reach the verification service at (<see cref="SiteView.Service"/>):
    /// empty, so root-relative, when the service answers at the root of the site's own origin or serves the site itself
    /// (<paramref name="servedTogether"/>, the demo); otherwise verify_url, absolute, so that a site on a static host or
    /// CDN still reaches the service on its own host.
    /// </summary>
    public static string Service(Uri baseUrl, Uri verifyUrl, bool servedTogether) =>
        servedTogether || (Uri.Compare(baseUrl, verifyUrl, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0
            && verifyUrl.AbsolutePath == "/")
            ? ""
            : verifyUrl.AbsoluteUri.TrimEnd('/');

    public static string CategoryName(char category) => category == 'S' ? "第三方评价机构" : "企业用人单位";

    public static StatusView Status(FilingStatus status) =>
        new(status.Slug, status.Label, status.Cause, status.Since is { } since ? Day(since) : null, status.MayCertify);

    /// <summary>Levels from the entry level up (五级 first), by their full names.</summary>
    public static IReadOnlyList<string> Levels(IEnumerable<int> codes) =>
        codes.OrderDescending().Select(c => SkillLevel.FromCode(c)?.DisplayName ?? c.ToString(CultureInfo.InvariantCulture)).ToArray();

    public static ScopeRowView Scope(ScopeEntry entry, Func<string, Occupation?> occupation) => new(
        entry.OccupationCode,
        occupation(entry.OccupationCode)?.Name ?? entry.OccupationCode,
        SiteUrls.Occupation(entry.OccupationCode),
        entry.Trade ?? "—",
        Levels(entry.Levels),
        ShortLevels(entry.Levels),
        entry.Levels.OrderDescending().ToArray());

    /// <summary>
    /// "五·四·三级": the grades without their titles, for the lists' cards. Word joiners (U+2060) between the characters
    /// keep it on one line, as one piece, without an element of its own around it on every card.
    /// </summary>
    public static string ShortLevels(IEnumerable<int> codes) =>
        string.Join(WordJoiner + "·" + WordJoiner, codes.OrderDescending().Select(c => SkillLevel.FromCode(c)?.Grade.TrimEnd('级') ?? "")) + WordJoiner + "级";

    private const string WordJoiner = "\u2060";

    public static IReadOnlyList<ScopeRowView> Scope(InstitutionOnDay i, Func<string, Occupation?> occupation) =>
        i.Scope.Select(s => Scope(s, occupation)).ToArray();

    public static InstitutionRowView Row(InstitutionOnDay i, Func<string, Occupation?> occupation) =>
        new(i.Seq, i.Url, i.Name, i.Institution.CreditCode, i.Institution.County, Status(i.Status), Day(i.Status.ValidUntil),
            Scope(i, occupation));

    /// <summary>
    /// A fingerprint of what <see cref="Row"/> reads of the institution, made without building the row: the lists compare
    /// ten thousand of them on every build. The occupations' names and the templates are in every page's fingerprint already.
    /// </summary>
    public static string RowInputs(InstitutionOnDay i)
    {
        var status = i.Status;
        return Fingerprint.OfParts([i.Seq, i.Name, i.Institution.CreditCode, i.Institution.County, status.Slug, status.Label, status.Cause,
            status.Since is { } since ? Day(since) : "", status.MayCertify ? "1" : "0", Day(status.ValidUntil),
            .. i.Scope.Select(s => $"{s.OccupationCode}|{s.Trade}|{string.Join(',', s.Levels)}")]);
    }

    /// <summary>A fingerprint of what <see cref="Events"/> shows of the institution, for the pages that list every institution's events.</summary>
    public static string EventInputs(InstitutionOnDay i) => Fingerprint.OfParts([i.Seq, i.Name, i.Url,
        .. Events(i).SelectMany(e => new[] { e.Id, e.On, e.Type, e.Label, e.ValidUntil ?? "\u0001", e.Note ?? "\u0001" })]);

    public static InstitutionDetailView Detail(InstitutionOnDay i)
    {
        var inst = i.Institution;
        return new InstitutionDetailView(inst.Seq, i.Name, CategoryName(inst.Category), inst.Route, inst.CreditCode, inst.County,
            inst.Address, inst.LegalRepresentative, inst.Industry, inst.Size, inst.Ownership, Day(inst.FiledOn), Day(i.Status.ValidUntil));
    }

    /// <summary>The institution's history, oldest first; ids are unique on its page so the feed can point at each event.</summary>
    public static IReadOnlyList<EventView> Events(InstitutionOnDay i) =>
        i.History.Select((e, n) => Event(i, e, n)).ToArray();

    public static EventView Event(InstitutionOnDay i, FilingEvent e, int index) => new(
        $"event-{index + 1}", Day(e.On), FilingEventTypeNames.Name(e.Type), EventLabel(i.Institution, e),
        e.ValidUntil is { } until ? Day(until) : null, e.Note, i.Seq, i.Name, i.Url);

    /// <summary>The event's label as a history reads it; a rename says from which name to which.</summary>
    public static string EventLabel(Institution institution, FilingEvent e) =>
        e is { Type: FilingEventType.Renamed, Name: { } name } ? $"{e.Label}为“{name}”（原名“{institution.NameBefore(e)}”）" : e.Label;

    public static StatisticsView? Statistics(InstitutionStatistics? statistics, string? exportedAt)
    {
        if (statistics is null) return exportedAt is null ? null : new StatisticsView(exportedAt, [], [0, 0, 0, 0, 0], 0);
        var rows = statistics.Years.Select(y => new StatisticsRowView(y.Year, [.. LevelsFromEntry(y)], y.Total)).ToArray();
        var totals = Enumerable.Range(0, 5).Select(n => rows.Sum(r => r.Levels[n])).ToArray();
        return new StatisticsView(exportedAt ?? "", rows, totals, statistics.Total);
    }

    private static IEnumerable<int> LevelsFromEntry(YearStatistics year)
    {
        for (var code = 5; code >= 1; code--) yield return year.Level(code);
    }
}
