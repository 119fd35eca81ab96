using SkillCert.Core.Verification;

namespace SkillCert.Rendering.Site;

/// <summary>
/// A verdict as a page shows it first: its stable slug (for <c>data-verdict</c> and the colour), its icon, headline,
/// the reason in one sentence, and what to do next. <see cref="IsVerdict"/> is false only for the service's
/// "cannot answer now" notice, which is a state of the service, not an answer about a certificate.
/// </summary>
public sealed record VerdictView(string Slug, string Icon, string Headline, string Summary, IReadOnlyList<string> NextSteps, bool IsVerdict = true)
{
    /// <summary>The view of a decided verdict; <paramref name="center"/> is the centre that takes reports, when known.</summary>
    public static VerdictView Of(CertificateVerdict answer, string number, string? center) => new(
        VerdictSlugs.Of(answer.Verdict),
        VerdictWording.Icon(answer.Verdict),
        VerdictWording.Headline(answer.Verdict),
        VerdictWording.Summary(answer, number),
        VerdictWording.NextSteps(answer, center));

    /// <summary>
    /// Shown while the service has no export to answer from. It says so plainly: an export is swapped without a gap,
    /// so "no data" is never a load in progress, and the person must not read it as an answer about the certificate.
    /// </summary>
    public static VerdictView Unavailable { get; } = new("unavailable", "…", "暂时无法核验",
        "本服务目前没有加载证书数据，所以无法核验任何证书。这不说明这本证书是真是假。",
        ["稍后再试；如果一直如此，请向发证机构或当地职业技能鉴定服务中心核实。"], IsVerdict: false);
}
