using System.Security.Cryptography;
using SkillCert.Core.Catalogue;
using SkillCert.Core.Exports;
using SkillCert.Core.Identity;
using SkillCert.Generator.Export;
using SkillCert.Generator.Rosters;

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
        var batches = new List<FormBatch>();
        // The rules hash each ID number for the export; the forms never use the hash, so any key will do.
        using var hasher = new IdHasher(RandomNumberGenerator.GetBytes(32));
        using var exported = export.OpenReader();
        CheckedRosters.Read(rostersDir, catalogue, asOf, hasher, errors, institution =>
        {
            var numbers = new ExportedNumbers(exported.CertificatesOf(institution.Seq));
            var rows = new List<FormRow>();
            return new InstitutionReading(
                (row, certificate, _) =>
                {
                    var found = numbers.Find(certificate);
                    rows.Add(FormRow.Of(row, certificate) with { Number = found?.Number ?? certificate.Number, IsRevoked = found?.IsRevoked ?? false });
                },
                (file, read) =>
                {
                    batches.Add(Batch(institution, file, rows.ToList(), read, asOf, errors));
                    rows.Clear();
                });
        });
        return batches;
    }

    private static FormBatch Batch(Core.Institutions.Institution institution, RosterFile file, List<FormRow> rows, int read, DateOnly asOf,
        List<ExportError> errors)
    {
        var firstIssued = rows.Count == 0 ? (DateOnly?)null : rows.Min(r => r.Certificate.IssuedOn);
        BatchTotals? totals = null;
        var schedule = BatchSchedule.None;
        if (file.TotalsPath is { } path)
        {
            if (BatchTotalsReader.Read(path, file.TotalsDisplay!, null, errors) is var (given, lineOf))
            {
                totals = given;
                foreach (var (field, message) in totals.Check(read, firstIssued, asOf))
                    errors.Add(new(file.TotalsDisplay!, lineOf(field), field, message));
            }
            schedule = BatchScheduleReader.Read(path, file.TotalsDisplay!, errors) ?? BatchSchedule.None;
        }
        // The unit that signs the forms is the institution under the name it had when it filled them in.
        var name = institution.NameOn(schedule.SubmittedOn ?? totals?.EvaluatedOn ?? firstIssued ?? asOf);
        return new FormBatch(institution, name, file.Batch, file.Display, rows, totals, schedule);
    }
}
