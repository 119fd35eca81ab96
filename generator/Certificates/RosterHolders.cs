using SkillCert.Core.Batches;
using SkillCert.Core.Catalogue;
using SkillCert.Core.Exports;
using SkillCert.Core.Identity;
using SkillCert.Core.Rosters;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Certificates;

/// <summary>
/// Reads the rosters with the export's own readers and rules, batch by batch as the export does, and finds each issued
/// row's certificate in the export (<see cref="CertificateLookup"/>). Only the batches the export issued are read: a
/// batch under review or in publicity has no certificates to print. A row that fails a rule or has no certificate in the
/// export is an error at its file and line, as the export reports it.
/// </summary>
public static class RosterHolders
{
    public static List<HolderCertificate> Read(string rostersDir, CatalogueContent catalogue, PreviousExport export, byte[] idKey,
        DateOnly asOf, List<ExportError> errors)
    {
        var layout = RosterDiscovery.Discover(rostersDir, catalogue, errors);
        var holders = new List<HolderCertificate>();
        using var hasher = new IdHasher(idKey);
        using var exported = export.OpenReader();
        var cells = new CellPool();
        var buffers = new RosterBuffers();
        foreach (var folder in layout.Institutions)
        {
            var institution = catalogue.FindInstitution(folder.Seq)!;
            var rules = new RosterRules(catalogue, institution, asOf, hasher);
            var lookup = new CertificateLookup(exported.CertificatesOf(folder.Seq));
            var files = RosterDiscovery.Batches(folder.Folder, folder.Display, errors);
            var problems = new List<RowProblem>();
            var printed = new Dictionary<string, RowOrigin>(StringComparer.Ordinal);
            for (var source = 0; source < files.Count; source++)
            {
                var ids = new Dictionary<ExportedCertificate, string>(ReferenceEqualityComparer.Instance);
                var batch = BatchReading.Read(files[source], new BatchSources(source, ExportSources.BatchFileOf(source, files.Count)), rules, asOf,
                    _ => IssuedByExport(export, folder.Seq, files[source].Batch), cells, buffers, errors,
                    (row, certificate) => ids[certificate] = IdNumber.Normalize(row[RosterColumn.IdNumber]));
                if (!batch.Status.IsIssued) continue;
                problems.AddRange(batch.Problems);
                foreach (var certificate in batch.Issued)
                {
                    if (lookup.Find(certificate, problems) is not { } found) continue;
                    if (!printed.TryAdd(found.Number!, certificate.Origin))
                        problems.Add(new(certificate.Origin, "", $"this row is certificate {found.Number} again; remove the repeated row", printed[found.Number!]));
                    else
                        holders.Add(new HolderCertificate(found, ids[certificate], institution.NameOn(found.IssuedOn)));
                }
            }
            errors.AddRange(problems.Select(p => new ExportError(Display(p.Origin, files, folder.Seq), p.Origin.Line, p.Column,
                p.SeeAlso is { } other ? $"{p.Message} (see {Display(other, files, folder.Seq)}:{other.Line})" : p.Message)));
        }
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

    private static string Display(RowOrigin origin, List<RosterFile> files, string seq) =>
        ExportSources.Display(origin.Source, files, RosterDiscovery.RevocationsFile, seq);
}
