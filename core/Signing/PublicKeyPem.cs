using System.Security.Cryptography;

namespace SkillCert.Core.Signing;

/// <summary>Reads the public half of a signing key from PEM text: a public key, or a private key whose public half is wanted.</summary>
public static class PublicKeyPem
{
    /// <summary>The DER SubjectPublicKeyInfo of a P-256 key in PEM; throws <see cref="CryptographicException"/> otherwise.</summary>
    public static byte[] ReadSpki(string pem)
    {
        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (ArgumentException e)
        {
            throw new CryptographicException("no ECDSA key in PEM form was found (expected BEGIN PUBLIC KEY or BEGIN PRIVATE KEY)", e);
        }
        if (key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            throw new CryptographicException("the key is not on the P-256 curve");
        return key.ExportSubjectPublicKeyInfo();
    }
}
