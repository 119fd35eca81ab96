using SkillCert.Core.Catalogue;
using SkillCert.Core.Identity;
using SkillCert.Core.Institutions;
using SkillCert.Core.Rosters;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Rosters;

/// <summary>
/// Reads every roster under a folder with the export's own readers and checks each row with its rules, institution by
/// institution and batch by batch in name order, for the commands that print from the rosters (certificates, forms).
/// Every problem of a row, the rules' and the reader's own, becomes an error at its file, line and column.
/// </summary>
public static class CheckedRosters
{
    public static void Read(string rostersDir, CatalogueContent catalogue, DateOnly asOf, IdHasher hasher, List<ExportError> errors,
        Func<Institution, InstitutionReading> start)
    {
        var layout = RosterDiscovery.Discover(rostersDir, catalogue, errors);
        var cells = new CellPool();
        var buffers = new RosterBuffers();
        foreach (var folder in layout.Institutions)
        {
            var institution = catalogue.FindInstitution(folder.Seq)!;
            var rules = new RosterRules(catalogue, institution, asOf, hasher);
            var reading = start(institution);
            var files = RosterDiscovery.Batches(folder.Folder, folder.Display, errors);
            var problems = new List<RowProblem>();
            for (var source = 0; source < files.Count; source++)
            {
                var file = files[source];
                if (RosterReading.ReadFile(file.Path, file.Display, buffers, errors) is not { } bytes) continue;
                var rows = 0;
                RosterReading.ReadRows(file, bytes, source, cells, buffers, errors, row =>
                {
                    rows++;
                    if (rules.Check(row, problems) is { } certificate) reading.Row(row, certificate, problems);
                });
                reading.FileRead?.Invoke(file, rows);
            }
            errors.AddRange(problems.Select(p => new ExportError(files[p.Origin.Source].Display, p.Origin.Line, p.Column,
                p.SeeAlso is { } other ? $"{p.Message} (see {files[other.Source].Display}:{other.Line})" : p.Message)));
        }
    }
}
