using System.Security.Cryptography;
using SkillCert.Core.Catalogue;
using SkillCert.Core.Exports;
using SkillCert.Core.Identity;
using SkillCert.Core.Rosters;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Forms;

/// <summary>
/// Reads every batch of the rosters with the export's own readers and rules, as <c>skillcert certificates</c> does,
/// with its 附件3 totals and schedule, and gives each row the number the export gave it, if any. A row that breaks a
/// rule is an error at its file, line and column; a batch the export has not issued yet is no error.
/// </summary>
public static class FormBatchReader
{
    public static List<FormBatch> Read(string rostersDir, CatalogueContent catalogue, PreviousExport export, DateOnly asOf, List<ExportError> errors)
    {
        var layout = RosterDiscovery.Discover(rostersDir, catalogue, errors);
        var batches = new List<FormBatch>();
        // The rules hash each ID number for the export; the forms never use the hash, so any key will do.
        using var hasher = new IdHasher(RandomNumberGenerator.GetBytes(32));
        using var exported = export.OpenReader();
        var cells = new CellPool();
        var buffers = new RosterBuffers();
        foreach (var folder in layout.Institutions)
        {
            var institution = catalogue.FindInstitution(folder.Seq)!;
            var rules = new RosterRules(catalogue, institution, asOf, hasher);
            var numbers = new ExportedNumbers(exported.CertificatesOf(folder.Seq));
            var files = RosterDiscovery.Batches(folder.Folder, folder.Display, errors);
            var problems = new List<RowProblem>();
            for (var source = 0; source < files.Count; source++)
            {
                var file = files[source];
                if (RosterReading.ReadFile(file.Path, file.Display, buffers, errors) is not { } bytes) continue;
                var rows = new List<FormRow>();
                var rowsRead = 0;
                RosterReading.ReadRows(file, bytes, source, cells, buffers, errors, row =>
                {
                    rowsRead++;
                    if (rules.Check(row, problems) is not { } certificate) return;
                    var found = numbers.Find(certificate);
                    rows.Add(FormRow.Of(row, certificate) with { Number = found?.Number ?? certificate.Number, IsRevoked = found?.IsRevoked ?? false });
                });
                var firstIssued = rows.Count == 0 ? (DateOnly?)null : rows.Min(r => r.Certificate.IssuedOn);
                BatchTotals? totals = null;
                var schedule = BatchSchedule.None;
                if (file.TotalsPath is { } path && BatchTotalsReader.Read(path, file.TotalsDisplay!, null, errors) is var (given, lineOf))
                {
                    totals = given;
                    foreach (var (field, message) in totals.Check(rowsRead, firstIssued, asOf))
                        errors.Add(new(file.TotalsDisplay!, lineOf(field), field, message));
                }
                if (file.TotalsPath is { } same) schedule = BatchScheduleReader.Read(same, file.TotalsDisplay!, errors) ?? BatchSchedule.None;
                // The unit that signs the forms is the institution under the name it had when it filled them in.
                var name = institution.NameOn(schedule.SubmittedOn ?? totals?.EvaluatedOn ?? firstIssued ?? asOf);
                batches.Add(new FormBatch(institution, name, file.Batch, file.Display, rows, totals, schedule));
            }
            errors.AddRange(problems.Select(p => new ExportError(files[p.Origin.Source].Display, p.Origin.Line, p.Column,
                p.SeeAlso is { } other ? $"{p.Message} (see {files[other.Source].Display}:{other.Line})" : p.Message)));
        }
        return batches;
    }
}
