using SkillCert.Core.Exports;
using SkillCert.Rendering.Site;
using SkillCert.VerifyApi.Certificates;
using SkillCert.VerifyApi.Contracts;
using SkillCert.VerifyApi.Endpoints;
using SkillCert.VerifyApi.Http;
using SkillCert.VerifyApi.Lookups;

namespace SkillCert.VerifyApi.Pages;

/// <summary>Turns a lookup's outcome into the lookup page the service answers the site's form with.</summary>
public static class LookupPages
{
    public const string Template = "lookup.html";

    private const string Title = "找回证书";

    /// <summary>The page and its status: 200 answered (found or not), 400 a field to correct, 429 paused, 503 no data.</summary>
    public static (LookupPage Page, int Status) Build(LookupOutcome outcome, string? name, ExportedSite? site)
    {
        var typed = (name ?? "").Trim();
        var bare = Bare(typed, site);
        return outcome.Kind switch
        {
            LookupOutcomeKind.Invalid => (bare with
            {
                Form = bare.Form with { NameError = Chinese(outcome.Errors, "name"), IdNumberError = Chinese(outcome.Errors, "idNumber") },
            }, StatusCodes.Status400BadRequest),
            LookupOutcomeKind.Paused => (bare with { Notice = LookupPausedProblem.DetailZh(outcome.Pause) }, StatusCodes.Status429TooManyRequests),
            LookupOutcomeKind.NoIdKey => (bare with { Notice = "本服务暂不提供按姓名和证件号码查询。可以按证书编号查询，或者扫描证书上的二维码核验。" },
                StatusCodes.Status503ServiceUnavailable),
            LookupOutcomeKind.NoExport => (bare with { Notice = "本服务目前没有加载证书数据，暂时无法查询。这不说明证书是真是假，请稍后再试。" },
                StatusCodes.Status503ServiceUnavailable),
            _ => (bare with { Answer = Answer(outcome.Certificates, typed) }, StatusCodes.Status200OK),
        };
    }

    /// <summary>The form alone, with nothing filled in.</summary>
    public static LookupPage Form(ExportedSite? site) => Bare("", site);

    /// <summary>The limiter's refusal, as a page: the form again, and how long to wait.</summary>
    public static LookupPage TooManyRequests(int seconds, ExportedSite? site) =>
        Bare("", site) with { Notice = $"查询过于频繁。为保护持证人，请在 {seconds} 秒后再试。" };

    private static LookupPage Bare(string name, ExportedSite? site) =>
        new(PageSite.From(site), Title, LookupPage.FormUrl, Title, LookupPage.AnswerUrl, new LookupFormView(NameLimit.Kept(name), null, null));

    private static LookupAnswerView Answer(IReadOnlyList<CertificateView> found, string name) => found.Count == 0
        ? new LookupAnswerView(LookupsApi.NoMatchZh, [])
        : new LookupAnswerView($"查询到 {found.Count} 本证书。", found.Select(c => new FoundCertificateView(
            c.Number, "/c/" + Uri.EscapeDataString(c.Number) + "?name=" + Uri.EscapeDataString(name),
            $"{c.Occupation.Name}（{c.Occupation.Code}）", string.IsNullOrEmpty(c.Trade) ? "—" : c.Trade, c.Level.Name,
            c.Institution.Name ?? $"机构代码 {c.Institution.Seq}", c.IssuedOn, c.Verdict, c.VerdictHeadline)).ToArray());

    private static string? Chinese(Dictionary<string, string[]> errors, string field) => errors.TryGetValue(field, out var pair) ? pair[^1] : null;
}
