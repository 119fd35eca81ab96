using SkillCert.Core.Exports;

namespace SkillCert.Generator.Certificates;

/// <summary>
/// One certificate to print: the export's record of it, the holder's full ID number from the roster (the rosters
/// are the private input; the export never holds it), and the institution's name as filed.
/// </summary>
public sealed record HolderCertificate(ExportedCertificate Exported, string IdNumber, string InstitutionName)
{
    public string Number => Exported.Number!;

    public CertificateFace Face() => CertificateFace.Of(Number, Exported.HolderName, Exported.DocumentType, IdNumber,
        Exported.OccupationName, Exported.Trade, Exported.Level, Exported.IssuedOn, InstitutionName);
}
