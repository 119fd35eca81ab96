using SkillCert.Core.Catalogue;
using SkillCert.Core.Identity;
using SkillCert.Core.Institutions;
using SkillCert.Core.Rosters;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Rosters;

/// <summary>
/// Reads every roster under a folder batch by batch, as the export does (<see cref="BatchReading"/>: the batch file, then
/// the roster's rows checked with the export's rules as rows of that batch), institution by institution and batch by
/// batch in name order, for the commands that print from the rosters (certificates, forms). Each reader says how a
/// batch's status is decided and what it does with a checked row and a finished batch; every problem it keeps becomes
/// an error, or a warning, at its file, line and column.
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
            var warnings = new List<RowProblem>();
            for (var source = 0; source < files.Count; source++)
            {
                var file = files[source];
                var batch = BatchReading.Read(file, new BatchSources(source, ExportSources.BatchFileOf(source, files.Count)), rules, asOf,
                    b => reading.Decide(file, b), cells, buffers, errors, reading.Row);
                reading.BatchRead(batch, problems, warnings);
            }
            errors.AddRange(problems.Select(p => ToError(p, files, folder.Seq)));
            errors.AddRange(warnings.Select(p => ToError(p, files, folder.Seq) with { IsWarning = true }));
        }
    }

    private static ExportError ToError(RowProblem problem, List<RosterFile> files, string seq) =>
        ExportSources.ToError(problem, files, RosterDiscovery.RevocationsFile, seq);
}
