namespace SkillCert.Core.Signing;

/// <summary>Checks signed claims against a set of published keys: current, retired and revoked.</summary>
public sealed class ClaimVerifier(IReadOnlyList<PublishedKey> keys)
{
    public IReadOnlyList<PublishedKey> Keys { get; } = keys;

    public SignatureVerdict Verify(SignedClaims signed)
    {
        var key = Keys.FirstOrDefault(k => string.Equals(k.KeyId, signed.KeyId, StringComparison.OrdinalIgnoreCase));
        if (key is null) return SignatureVerdict.UnknownKey;
        // Whoever holds a revoked key's private half can sign anything, so not even a sound signature counts.
        if (key.Revoked is not null) return SignatureVerdict.RevokedKey;
        if (!key.Verifies(signed)) return SignatureVerdict.BadSignature;
        // A retired key still vouches for certificates issued while it was current, never for later ones.
        return key.Retired is { } retired && signed.Claims.IssuedOn >= retired ? SignatureVerdict.RetiredKey : SignatureVerdict.Valid;
    }
}
