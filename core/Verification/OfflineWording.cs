namespace SkillCert.Core.Verification;

/// <summary>
/// The words of the offline verdicts and their reasons, in one place: <c>skillcert verify-qr</c> prints them, and the
/// <c>/scan/</c> page renders them, where its script finds them by slug.
/// </summary>
public static class OfflineWording
{
    public static IReadOnlyList<OfflineText> Verdicts { get; } =
    [
        new("signed", "签名有效，记录未联网核对",
            "signed: the signature is good, but the certificate record was not checked online"),
        new("tampered", "签名无效，二维码不可信",
            "tampered: the QR link cannot be trusted"),
    ];

    public static IReadOnlyList<OfflineText> Reasons { get; } =
    [
        new("good-signature", "二维码中的编号、姓名、等级和发证日期由本站公布的密钥签名，签名后未被改动；证书是否仍然有效，要联网查询证书记录才能确定。",
            "a published key that still vouches signed exactly these claims"),
        new("unreadable-link", "链接无法读取：其中缺少证书编号、姓名、等级、日期、密钥编号或签名，或者写法不是发证系统生成的规范形式。",
            "the link carries no readable signed claims, or writes them in a form the issuer never writes"),
        new("unknown-key", "未知密钥：签名所用的密钥不是本站公布的密钥。",
            "the signing key is not one of the published keys"),
        new("revoked-key", "密钥已撤销：签名密钥已被撤销，它签过的任何二维码都不可信。",
            "the signing key was revoked, so nothing it signed can be trusted"),
        new("bad-signature", "签名不符：链接中的编号、姓名、等级、日期或签名被改动过。",
            "the signature does not match the claims: something in the link was changed"),
        new("retired-key", "密钥已停用：签名密钥在发证日期之前已经停用，不能为这张证书作证。",
            "the signing key was retired before the certificate's issue date"),
    ];

    public static OfflineText Of(OfflineVerdict verdict) => Verdicts[(int)verdict];

    public static OfflineText Of(OfflineReason reason) => Reasons[(int)reason];
}
