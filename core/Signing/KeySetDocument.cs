namespace SkillCert.Core.Signing;

/// <summary>The published keys.json: every signing key, current, retired and revoked, for offline verification.</summary>
public sealed record KeySetDocument(IReadOnlyList<KeySetEntry> Keys)
{
    public static KeySetDocument From(IEnumerable<PublishedKey> keys) =>
        new(keys.OrderBy(k => k.ValidFrom).ThenBy(k => k.KeyId, StringComparer.Ordinal)
            .Select(k => new KeySetEntry(k.KeyId, k.ToJwk(), k.ValidFrom, k.Retired, k.Revoked)).ToArray());

    /// <summary>The keys back as published keys; an entry whose JWK is not a P-256 public key is skipped.</summary>
    public IReadOnlyList<PublishedKey> ToPublishedKeys() =>
        Keys.Select(e => PublishedKey.FromJwk(e.Jwk, e.ValidFrom, e.Retired, e.Revoked)).OfType<PublishedKey>().ToArray();
}
