using System.Security.Cryptography;

namespace SkillCert.Core.Signing;

/// <summary>
/// A public signing key as the export and keys.json publish it: its id, its SubjectPublicKeyInfo, the day it
/// came into use, once a newer key took over the day it was retired, and, if its private half was lost or leaked,
/// the day it was revoked. A retired key still vouches for what it signed before; a revoked key vouches for nothing.
/// </summary>
public sealed record PublishedKey(string KeyId, byte[] SubjectPublicKeyInfo, DateOnly ValidFrom, DateOnly? Retired, DateOnly? Revoked = null)
{
    /// <summary>Builds a record from a public key's DER bytes, computing its id.</summary>
    public static PublishedKey FromSpki(byte[] spki, DateOnly validFrom, DateOnly? retired = null, DateOnly? revoked = null) =>
        new(KeyIds.Of(spki), spki, validFrom, retired, revoked);

    /// <summary>Reads a P-256 public JWK back into a key; null when it is not one.</summary>
    public static PublishedKey? FromJwk(JsonWebKey jwk, DateOnly validFrom, DateOnly? retired, DateOnly? revoked = null)
    {
        if (jwk is not { Kty: "EC", Crv: "P-256" }) return null;
        try
        {
            using var key = ECDsa.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = System.Buffers.Text.Base64Url.DecodeFromChars(jwk.X), Y = System.Buffers.Text.Base64Url.DecodeFromChars(jwk.Y) },
            });
            return FromSpki(key.ExportSubjectPublicKeyInfo(), validFrom, retired, revoked);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when this key's private half signed the claims in the link's version, in the form that version requires:
    /// any s in version 0, which printed certificates carry, and only low s from version 1.
    /// </summary>
    public bool Verifies(SignedClaims signed)
    {
        if (signed.Signature.Length != P256Signature.Length || !ClaimsEncoding.IsKnown(signed.Version)) return false;
        if (signed.Version > ClaimsEncoding.Legacy && !P256Signature.HasLowS(signed.Signature)) return false;
        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(SubjectPublicKeyInfo, out _);
        return key.VerifyData(ClaimsEncoding.SignedBytes(signed.Claims, signed.Version), signed.Signature, HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    /// <summary>The key as a JSON Web Key (RFC 7517), the form WebCrypto imports for offline checks.</summary>
    public JsonWebKey ToJwk()
    {
        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(SubjectPublicKeyInfo, out _);
        var p = key.ExportParameters(includePrivateParameters: false);
        return new JsonWebKey("EC", "P-256", Base64Url(p.Q.X!), Base64Url(p.Q.Y!), KeyId, "ES256", "sig");
    }

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
