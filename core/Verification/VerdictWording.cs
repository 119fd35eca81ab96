using System.Globalization;

namespace SkillCert.Core.Verification;

/// <summary>
/// The Chinese words for every verdict and every check, in one place, so that the result page, the certificate view,
/// the JSON answer and the command line say the same thing in the same words.
/// </summary>
public static class VerdictWording
{
    /// <summary>The headline: what a person should take away if they read nothing else.</summary>
    public static string Headline(Verdict verdict) => verdict switch
    {
        Verdict.Malformed => "证书编号格式不正确",
        Verdict.NotFound => "未查询到该证书",
        Verdict.Tampered => "二维码不可信",
        Verdict.Revoked => "证书已撤销",
        Verdict.NameMismatch => "姓名与证书不符",
        Verdict.Inconsistent => "证书记录存在疑点",
        Verdict.Unconfirmed => "证书在册，持证人尚未核对",
        Verdict.Genuine => "证书真实有效",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>A symbol beside the headline, so the verdicts differ by shape as well as by colour.</summary>
    public static string Icon(Verdict verdict) => verdict switch
    {
        Verdict.Malformed => "✎",
        Verdict.NotFound => "?",
        Verdict.Tampered => "⚠",
        Verdict.Revoked => "⊘",
        Verdict.NameMismatch => "✗",
        Verdict.Inconsistent => "!",
        Verdict.Unconfirmed => "i",
        Verdict.Genuine => "✓",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>The sentence under the headline: why this is the verdict. <paramref name="number"/> is the number as decoded.</summary>
    public static string Summary(CertificateVerdict answer, string number) => answer.Verdict switch
    {
        Verdict.Malformed => "请按下方提示修改编号后重新查询。编号中的空格、连字符和全角字符会自动忽略。",
        Verdict.NotFound => $"编号 {number} 符合编码规则，但证书数据中没有这个编号。",
        Verdict.Tampered => $"{answer.Claims!.MessageZh}。不能凭这个二维码确认证书的真伪。",
        Verdict.Revoked => $"该证书已于 {Day(answer.Record!.RevokedOn)} 撤销，原因：{answer.Record.RevocationReason}。撤销后的证书不再有效。",
        Verdict.NameMismatch => "您填写的姓名与证书上的持证人不一致。为保护个人信息，本站不显示持证人全名。",
        Verdict.Inconsistent => $"证书记录在册，但有核验未通过：{answer.Checks!.FirstFailure!.MessageZh}。",
        Verdict.Unconfirmed when answer.Name == NameCheck.Refused =>
            "证书记录在册，各项核验通过。今天这本证书被填错姓名的次数已达上限，为保护持证人，今天暂停姓名核对，所以还不能确认持证人。",
        Verdict.Unconfirmed => "证书记录在册，各项核验通过，但还没有核对持证人：仅凭编号无法确认证书属于出示它的人。",
        Verdict.Genuine when answer.Name == NameCheck.Matches => "证书记录在册，各项核验通过，您填写的姓名与持证人一致。",
        Verdict.Genuine => "证书记录在册，各项核验通过，二维码的签名有效，所载信息与证书记录一致。",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer.Verdict, null),
    };

    /// <summary>What to do next, in order; <paramref name="center"/> is the centre that takes reports, when known.</summary>
    public static IReadOnlyList<string> NextSteps(CertificateVerdict answer, string? center)
    {
        var report = string.IsNullOrWhiteSpace(center) ? "向当地职业技能鉴定服务中心反映" : $"向{center}反映";
        return answer.Verdict switch
        {
            Verdict.Malformed => ["对照证书，按下方提示逐位核对编号后重新查询。"],
            Verdict.NotFound =>
            [
                "核对编号是否抄错：证书编号没有校验位，抄错一位也会查不到。",
                "向发证的评价机构咨询这本证书是否已经发放、数据是否已经上报。",
                $"如果怀疑证书是伪造的，请{report}。",
            ],
            Verdict.Tampered =>
            [
                "直接输入证书上印的编号查询，核对查询结果与纸质证书是否一致。",
                $"向发证的评价机构核实；如果怀疑证书或二维码被伪造，请{report}。",
            ],
            Verdict.Revoked => ["撤销后的证书不能再证明职业技能等级。如有疑问，请联系发证的评价机构。"],
            Verdict.NameMismatch =>
            [
                "核对填写的姓名是否与证书上印的完全一致。",
                "如果证书是他人出示的，请扫描证书上的二维码，或请其出示本人的证书。",
            ],
            Verdict.Inconsistent => [$"核实前不要凭此证书认定技能等级。请向发证的评价机构核实，或{report}。"],
            Verdict.Unconfirmed when answer.Name == NameCheck.Refused =>
            [
                "扫描证书上的二维码核对持证人，二维码核对不受此限制。",
                "或者明天再填写姓名核对。",
            ],
            Verdict.Unconfirmed =>
            [
                "在下方“持证人姓名”一栏填写证书上的姓名后查询，姓名一致即可确认。",
                "或者用手机扫描证书上的二维码。",
            ],
            Verdict.Genuine => [],
            _ => throw new ArgumentOutOfRangeException(nameof(answer), answer.Verdict, null),
        };
    }

    /// <summary>The label of a rule check's row.</summary>
    public static string Label(CheckKind kind) => kind switch
    {
        CheckKind.Structure => "编号结构",
        CheckKind.Institution => "评价机构",
        CheckKind.Active => "发证时备案状态",
        CheckKind.Scope => "认定范围",
        CheckKind.Year => "发证年份",
        CheckKind.Level => "职业技能等级",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public const string RecordLabel = "证书记录";

    public const string HolderLabel = "持证人";

    public const string ClaimsLabel = "二维码";

    /// <summary>The record's row: in the export and standing, or revoked with when and why.</summary>
    public static string Record(CertificateRecord record) => record.Status == CertificateStatus.Revoked
        ? $"已于 {Day(record.RevokedOn)} 撤销：{record.RevocationReason}"
        : "证书记录在册，未被撤销";

    /// <summary>The holder's row: how (or whether) the person was tied to the certificate.</summary>
    public static string Holder(CertificateVerdict answer) => answer switch
    {
        { Name: NameCheck.Matches } => "填写的姓名与持证人一致",
        { Name: NameCheck.Differs } => "填写的姓名与持证人不一致",
        { Claims.IsAuthentic: true } => "二维码所载姓名经签名核对，与持证人一致",
        { Name: NameCheck.Refused } => "今天填错姓名的次数已达上限，暂停姓名核对",
        _ => "未核对：没有填写持证人姓名，也没有扫描二维码",
    };

    /// <summary>The heading over a QR code's finding.</summary>
    public static string ClaimsHeading(ClaimsVerdict verdict) => verdict switch
    {
        ClaimsVerdict.Authentic => "二维码签名有效",
        ClaimsVerdict.Mismatch => "二维码信息与证书记录不符",
        ClaimsVerdict.UnknownKey => "二维码的签名密钥未公布",
        ClaimsVerdict.RetiredKey => "二维码的签名密钥已停用",
        ClaimsVerdict.RevokedKey => "二维码的签名密钥已撤销",
        ClaimsVerdict.Unreadable => "二维码链接不完整",
        _ => "二维码已被改动",
    };

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
