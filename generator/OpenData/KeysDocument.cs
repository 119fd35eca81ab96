using SkillCert.Core.Signing;

namespace SkillCert.Generator.OpenData;

/// <summary>/keys.json: every public key that ever signed a certificate's QR claims, retired ones included, for offline checks.</summary>
public sealed record KeysDocument(IReadOnlyList<KeyRecord> Keys)
{
    public static KeysDocument From(IEnumerable<PublishedKey> keys) => new(keys.Select(k => new KeyRecord(k.KeyId,
        JwkRecord.From(k.ToJwk()), k.ValidFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        k.Retired?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToArray());
}
