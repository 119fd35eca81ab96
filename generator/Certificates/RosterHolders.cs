using SkillCert.Core.Catalogue;
using SkillCert.Core.Exports;
using SkillCert.Core.Identity;
using SkillCert.Core.Rosters;
using SkillCert.Generator.Export;

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
                var file = files[source];
                if (RosterReading.ReadFile(file.Path, file.Display, buffers, errors) is not { } bytes) continue;
                RosterReading.ReadRows(file, bytes, source, cells, buffers, errors, row =>
                {
                    if (rules.Check(row, problems) is not { } certificate) return;
                    if (lookup.Find(certificate, problems) is not { } found) return;
                    if (!printed.TryAdd(found.Number!, row.Origin))
                        problems.Add(new(row.Origin, "", $"this row is certificate {found.Number} again; remove the repeated row", printed[found.Number!]));
                    else
                        holders.Add(new HolderCertificate(found, IdNumber.Normalize(row[RosterColumn.IdNumber]), institution.NameOn(found.IssuedOn)));
                });
            }
            errors.AddRange(problems.Select(p => new ExportError(files[p.Origin.Source].Display, p.Origin.Line, p.Column,
                p.SeeAlso is { } other ? $"{p.Message} (see {files[other.Source].Display}:{other.Line})" : p.Message)));
        }
        holders.Sort((a, b) => string.CompareOrdinal(a.Number, b.Number));
        return holders;
    }
}
