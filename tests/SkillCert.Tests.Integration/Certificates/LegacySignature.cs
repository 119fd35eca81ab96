using System.Security.Cryptography;
using SkillCert.Core.Signing;

namespace SkillCert.Tests.Integration.Certificates;

/// Signed claims as certificates were signed before link versions existed: version 0, and here always with the high s
/// that about half of those printed codes carry, which version 0 must keep accepting.
internal static class LegacySignature
{
    public static SignedClaims HighS(string privateKeyPem, QrClaims claims)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(privateKeyPem);
        var raw = ecdsa.SignData(ClaimsEncoding.SignedBytes(claims, ClaimsEncoding.Legacy), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        var keyId = KeyIds.Of(ecdsa.ExportSubjectPublicKeyInfo());
        return new SignedClaims(claims, keyId, P256Signature.HasLowS(raw) ? P256Signature.Mirror(raw) : raw, ClaimsEncoding.Legacy);
    }
}
