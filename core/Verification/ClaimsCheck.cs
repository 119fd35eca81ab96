using SkillCert.Core.Signing;

namespace SkillCert.Core.Verification;

/// <summary>
/// Checks a QR code's signed claims: first the signature against the published keys, then each claim against
/// the certificate record. Whether the record itself still stands is the verdict's business, not the claims'.
/// </summary>
public static class ClaimsCheck
{
    /// <summary>The finding for a request that carried claims which could not be read.</summary>
    public static ClaimsCheckResult Unreadable { get; } = new(ClaimsVerdict.Unreadable, [],
        "the QR link's signed part is missing or damaged, so nothing in it can be trusted",
        "链接中的签名信息缺失或已损坏，其中的信息无法确认");

    public static ClaimsCheckResult Check(SignedClaims signed, CertificateRecord record, IReadOnlyList<PublishedKey> keys)
    {
        switch (new ClaimVerifier(keys).Verify(signed))
        {
            case SignatureVerdict.UnknownKey:
                return new(ClaimsVerdict.UnknownKey, [],
                    $"the QR code was signed with key {signed.KeyId}, which was never published; its claims cannot be trusted",
                    "二维码使用了未公布的签名密钥，其中的信息无法确认");
            case SignatureVerdict.RetiredKey:
                return new(ClaimsVerdict.RetiredKey, [],
                    $"the QR code was signed with key {signed.KeyId}, retired before the certificate's issue date",
                    "二维码的签名密钥在发证日期之前已经停用，其中的信息无法确认");
            case SignatureVerdict.RevokedKey:
                return new(ClaimsVerdict.RevokedKey, [],
                    $"the QR code was signed with key {signed.KeyId}, which has been revoked; nothing it signed can be trusted",
                    "二维码的签名密钥已被撤销，它签发的任何二维码都不可信");
            case SignatureVerdict.BadSignature:
                return new(ClaimsVerdict.Tampered, [],
                    "the QR code's signature does not match its contents: the link was changed",
                    "二维码的签名与内容不符：链接已被改动");
        }

        var differing = new List<string>(3);
        // Names compare as typed names do (trimmed, NFKC), so a renderer's stray space is no forgery.
        if (!string.Equals(HolderName.Normalize(signed.Claims.Name), HolderName.Normalize(record.HolderName), StringComparison.Ordinal)) differing.Add("name");
        if (signed.Claims.Level != record.Level) differing.Add("level");
        if (signed.Claims.IssuedOn != record.IssuedOn) differing.Add("issued_on");
        if (!string.Equals(signed.Claims.Number, record.Number, StringComparison.Ordinal)) differing.Add("number");
        if (differing.Count > 0)
            return new(ClaimsVerdict.Mismatch, differing,
                $"the QR code is signed, but its {string.Join(", ", differing)} differ from the certificate record",
                $"二维码签名有效，但其中的{string.Join("、", differing.Select(ChineseName))}与证书记录不符");
        return new(ClaimsVerdict.Authentic, [],
            "the QR code is authentic: a published key signed exactly what the certificate record holds",
            "二维码真实：签名有效，所载信息与证书记录一致");
    }

    private static string ChineseName(string field) => field switch
    {
        "name" => "姓名",
        "level" => "等级",
        "issued_on" => "发证日期",
        _ => "证书编号",
    };
}
