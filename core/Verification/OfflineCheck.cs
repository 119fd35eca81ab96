using SkillCert.Core.Signing;

namespace SkillCert.Core.Verification;

/// <summary>The offline check of a QR link against the published keys: the reason, the verdict it gives, and the claims when they could be read.</summary>
public sealed record OfflineCheck(OfflineReason Reason, SignedClaims? Signed)
{
    public OfflineVerdict Verdict => Reason == OfflineReason.GoodSignature ? OfflineVerdict.Signed : OfflineVerdict.Tampered;

    /// <summary>Reads the link and checks its signature with the same rules as the service; never throws.</summary>
    public static OfflineCheck Of(string? link, IReadOnlyList<PublishedKey> keys)
    {
        if (QrLink.TryParse(link) is not { } signed) return new(OfflineReason.UnreadableLink, null);
        var reason = new ClaimVerifier(keys).Verify(signed) switch
        {
            SignatureVerdict.Valid => OfflineReason.GoodSignature,
            SignatureVerdict.UnknownKey => OfflineReason.UnknownKey,
            SignatureVerdict.RevokedKey => OfflineReason.RevokedKey,
            SignatureVerdict.RetiredKey => OfflineReason.RetiredKey,
            _ => OfflineReason.BadSignature,
        };
        return new(reason, signed);
    }
}
