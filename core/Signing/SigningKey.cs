using System.Security.Cryptography;

namespace SkillCert.Core.Signing;

/// <summary>An ECDSA P-256 private key that signs QR claims when certificates are rendered.</summary>
public sealed class SigningKey : IDisposable
{
    private readonly ECDsa _key;

    private SigningKey(ECDsa key)
    {
        _key = key;
        SubjectPublicKeyInfo = key.ExportSubjectPublicKeyInfo();
        KeyId = KeyIds.Of(SubjectPublicKeyInfo);
    }

    public string KeyId { get; }

    public byte[] SubjectPublicKeyInfo { get; }

    public static SigningKey Create() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    /// <summary>Reads a PEM private key (PKCS#8 or SEC1); it must be on the P-256 curve.</summary>
    public static SigningKey FromPem(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            if (key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
                throw new CryptographicException("the key is not on the P-256 curve");
            if (!key.ExportParameters(true).D?.Any() ?? true) throw new CryptographicException("the PEM holds no private key");
            return new SigningKey(key);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    public string ExportPrivateKeyPem() => _key.ExportPkcs8PrivateKeyPem();

    public string ExportPublicKeyPem() => _key.ExportSubjectPublicKeyInfoPem();

    /// <summary>
    /// Signs the claims in the current version of the encoding, with low s; the signature is the fixed 64-byte r‖s
    /// form that WebCrypto also uses.
    /// </summary>
    public SignedClaims Sign(QrClaims claims)
    {
        var signature = _key.SignData(ClaimsEncoding.SignedBytes(claims, ClaimsEncoding.Current), HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return new(claims, KeyId, P256Signature.WithLowS(signature), ClaimsEncoding.Current);
    }

    public void Dispose() => _key.Dispose();
}
