using SkillCert.Core.Rosters;

namespace SkillCert.Core.Exports;

/// <summary>
/// One row of the export's <c>certificates</c> table: a certificate as the public may check it, with no full ID
/// number and no scores. The number is null until numbering gives one to a row that came without.
/// </summary>
public sealed class ExportedCertificate
{
    public string? Number { get; set; }

    /// <summary>The institution's six-digit seq.</summary>
    public required string Institution { get; init; }

    public required string OccupationCode { get; init; }

    /// <summary>The occupation's name as occupations.yml gives it.</summary>
    public required string OccupationName { get; init; }

    /// <summary>The trade (工种), or null when there is none.</summary>
    public string? Trade { get; init; }

    /// <summary>1 (一级/高级技师) to 5 (五级/初级工).</summary>
    public required int Level { get; init; }

    public required DateOnly IssuedOn { get; init; }

    public DateOnly? RevokedOn { get; private set; }

    public string? RevocationReason { get; private set; }

    public bool IsRevoked => RevokedOn is not null;

    /// <summary>valid or revoked, as <see cref="ExportSchema.CertificateStatus"/> spells them.</summary>
    public string Status => IsRevoked ? ExportSchema.CertificateStatus.Revoked : ExportSchema.CertificateStatus.Valid;

    public required string HolderName { get; init; }

    public required string MaskedName { get; init; }

    public required string DocumentType { get; init; }

    public required string MaskedId { get; init; }

    /// <summary>HMAC-SHA256 of the normalised ID number under the export's id key: 32 bytes.</summary>
    public required byte[] IdHash { get; init; }

    /// <summary>The batch (its roster's file name, without extension) it was issued in; null when an export before version 3 carried it.</summary>
    public string? Batch { get; set; }

    /// <summary>For a reissue: the certificate this one corrects and replaces, and where the roster says so.</summary>
    public ReplacementClaim? Replacement { get; set; }

    /// <summary>For a reissue: the number of the certificate this one corrects and replaces.</summary>
    public string? Replaces => Replacement?.Number;

    /// <summary>For a certificate replaced by a reissue: the number of the certificate that replaces it.</summary>
    public string? ReplacedBy { get; private set; }

    /// <summary>The roster row this record was read from; <see cref="RowOrigin.None"/> when carried from the previous export.</summary>
    public RowOrigin Origin { get; init; } = RowOrigin.None;

    /// <summary>The identity of the certificate apart from its number, which re-exports match on.</summary>
    public CertificateKey Key => CertificateKey.Of(this);

    /// <summary>The same certificate with its ID number hashed under another key, as an id key rotation rewrites it.</summary>
    public ExportedCertificate WithIdHash(byte[] idHash)
    {
        var copy = new ExportedCertificate
        {
            Number = Number,
            Institution = Institution,
            OccupationCode = OccupationCode,
            OccupationName = OccupationName,
            Trade = Trade,
            Level = Level,
            IssuedOn = IssuedOn,
            HolderName = HolderName,
            MaskedName = MaskedName,
            DocumentType = DocumentType,
            MaskedId = MaskedId,
            IdHash = idHash,
            Origin = Origin,
            Batch = Batch,
            Replacement = Replacement,
        };
        if (RevokedOn is { } on) copy.Revoke(on, RevocationReason ?? "");
        copy.ReplacedBy = ReplacedBy;
        return copy;
    }

    public void Revoke(DateOnly on, string reason)
    {
        RevokedOn = on;
        RevocationReason = reason;
    }

    /// <summary>
    /// Revokes the certificate as corrected by <paramref name="reissue"/>, from the reissue's issue date, with the reason
    /// the public reads: 已更正，新证书 followed by the new number.
    /// </summary>
    public void ReplaceWith(ExportedCertificate reissue)
    {
        Revoke(reissue.IssuedOn, CorrectedReason(reissue.Number!));
        ReplacedBy = reissue.Number;
    }

    /// <summary>Marks the certificate as replaced, as an earlier export recorded it.</summary>
    public void RecordReplacedBy(string? number) => ReplacedBy = number;

    /// <summary>The revocation reason of a certificate replaced by <paramref name="number"/>.</summary>
    public static string CorrectedReason(string number) => $"已更正，新证书 {number}";
}
