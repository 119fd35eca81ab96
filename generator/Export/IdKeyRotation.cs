using SkillCert.Core.Exports;
using SkillCert.Core.Identity;

namespace SkillCert.Generator.Export;

/// <summary>
/// One institution's share of an id key rotation. The previous export holds hashes under the old key and the rows are
/// hashed under the new one, so each row's ID number is hashed under the old key too; the previous certificates whose
/// old hash a row has are rewritten with that row's new hash before the ledger matches them, and keep their numbers
/// and revocations. A certificate no row has any more (one kept because it was revoked) keeps its old hash: it is
/// still found by its number, but no longer by name and ID number.
/// </summary>
public sealed class IdKeyRotation(IdHasher previous)
{
    private readonly Dictionary<string, byte[]> _newByOld = new(StringComparer.Ordinal);

    /// <summary>Records a checked row: its ID number as the roster gives it, and its certificate hashed under the new key.</summary>
    public void Add(string idNumber, ExportedCertificate certificate) =>
        _newByOld[Convert.ToHexString(previous.Hash(idNumber))] = certificate.IdHash;

    /// <summary>The previous certificates, with the new key's hash wherever a row gave it.</summary>
    public List<ExportedCertificate> Rehash(List<ExportedCertificate> certificates) =>
        certificates.Select(c => _newByOld.TryGetValue(Convert.ToHexString(c.IdHash), out var hash) ? c.WithIdHash(hash) : c).ToList();
}
