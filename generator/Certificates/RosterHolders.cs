using SkillCert.Core.Batches;
using SkillCert.Core.Catalogue;
using SkillCert.Core.Exports;
using SkillCert.Core.Identity;
using SkillCert.Core.Rosters;
using SkillCert.Generator.Export;
using SkillCert.Generator.Rosters;

namespace SkillCert.Generator.Certificates;

/// <summary>
/// Reads the rosters with the export's own readers and rules, batch by batch as the export does (<see cref="CheckedRosters"/>),
/// and finds each issued row's certificate in the export (<see cref="CertificateLookup"/>). Only the batches the export
/// issued count: a batch under review or in publicity has no certificates to print, and its rows are passed over. A row
/// that fails a rule or has no certificate in the export is an error at its file and line, as the export reports it.
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
            var ids = new Dictionary<ExportedCertificate, string>(ReferenceEqualityComparer.Instance);
            return new InstitutionReading(
                (file, _) => IssuedByExport(export, institution.Seq, file.Batch),
                (batch, problems, _) =>
                {
                    if (batch.Status.IsIssued)
                    {
                        problems.AddRange(batch.Problems);
                        foreach (var certificate in batch.Issued)
                        {
                            if (lookup.Find(certificate, problems) is not { } found) continue;
                            if (!printed.TryAdd(found.Number!, certificate.Origin))
                                problems.Add(new(certificate.Origin, "", $"这一行又是证书 {found.Number}；请删掉重复的那一行",
                                    $"this row is certificate {found.Number} again; remove the repeated row", printed[found.Number!]));
                            else
                                holders.Add(new HolderCertificate(found, ids[certificate], institution.NameOn(found.IssuedOn)));
                        }
                    }
                    ids.Clear();
                },
                (row, certificate) => ids[certificate] = IdNumber.Normalize(row[RosterColumn.IdNumber]));
        });
        holders.Sort((a, b) => string.CompareOrdinal(a.Number, b.Number));
        return holders;
    }

    // The export says which batches it issued; an export before batches were recorded issued every roster.
    private static BatchStatus IssuedByExport(PreviousExport export, string seq, string batch)
    {
        if (export.Version < ExportBatchTable.FirstVersion) return new BatchStatus(BatchState.Issued, []);
        var record = export.BatchesOf(seq).FirstOrDefault(b => b.Batch == batch);
        return new BatchStatus(record?.State ?? BatchState.NotSubmitted, []);
    }
}
