using SkillCert.Core.Catalogue;
using SkillCert.Core.Exports;
using SkillCert.Core.Identity;
using SkillCert.Core.Rosters;
using SkillCert.Generator.Export;
using SkillCert.Generator.Rosters;

namespace SkillCert.Generator.Certificates;

/// <summary>
/// Reads the rosters with the export's own readers and rules, and finds each row's certificate in the export
/// (<see cref="CertificateLookup"/>). A row that fails a rule or has no certificate in the export is an error at its
/// file and line, as the export reports it.
/// </summary>
public static class RosterHolders
{
    public static List<HolderCertificate> Read(string rostersDir, CatalogueContent catalogue, PreviousExport export, byte[] idKey,
        DateOnly asOf, List<ExportError> errors)
    {
        var holders = new List<HolderCertificate>();
        using var hasher = new IdHasher(idKey);
        using var exported = export.OpenReader();
        CheckedRosters.Read(rostersDir, catalogue, asOf, hasher, errors, institution =>
        {
            var lookup = new CertificateLookup(exported.CertificatesOf(institution.Seq));
            var printed = new Dictionary<string, RowOrigin>(StringComparer.Ordinal);
            return new InstitutionReading((row, certificate, problems) =>
            {
                if (lookup.Find(certificate, problems) is not { } found) return;
                if (!printed.TryAdd(found.Number!, row.Origin))
                    problems.Add(new(row.Origin, "", $"this row is certificate {found.Number} again; remove the repeated row", printed[found.Number!]));
                else
                    holders.Add(new HolderCertificate(found, IdNumber.Normalize(row[RosterColumn.IdNumber]), institution.NameOn(found.IssuedOn)));
            });
        });
        holders.Sort((a, b) => string.CompareOrdinal(a.Number, b.Number));
        return holders;
    }
}
