using System.Security.Cryptography;
using SkillCert.Core.Batches;
using SkillCert.Core.Catalogue;
using SkillCert.Core.Identity;
using SkillCert.Core.Institutions;
using SkillCert.Generator.Export;
using SkillCert.Generator.Rosters;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Forms;

/// <summary>
/// Reads every batch of the rosters as the export and <c>skillcert certificates</c> do (<see cref="CheckedRosters"/>), with
/// its 附件3 totals and its lifecycle, where it stands on the day, and gives each row the number the export gave it, if
/// any. The forms are made before a batch is issued as well as after, so a row that breaks a rule, or totals that
/// disagree with the roster, are errors at their file, line and column whatever the batch's state, but for a batch the
/// review sent back: it gets no forms until it is submitted again, and what is wrong with it is listed as warnings.
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
                (_, batch) => batch.Lifecycle.StatusOn(asOf),
                (batch, problems, warnings) =>
                {
                    var sentBack = batch.Status.State == BatchState.SentBack;
                    (sentBack ? warnings : problems).AddRange(batch.Problems);
                    errors.AddRange(batch.TotalsErrors(asOf, asWarnings: sentBack));
                    if (sentBack) errors.Add(SentBack(batch));
                    else if (batch.HasHeader) batches.Add(new FormBatch(institution, NameOf(institution, batch, asOf), batch, rows.ToList()));
                    rows.Clear();
                },
                (row, certificate) =>
                {
                    var found = numbers.Find(certificate);
                    rows.Add(FormRow.Of(row, certificate) with { Number = found?.Number ?? certificate.Number, IsRevoked = found?.IsRevoked ?? false });
                });
        });
        return batches;
    }

    // The centre has the forms of a batch it sent back; new ones are made once the batch is corrected and submitted again.
    private static ExportError SentBack(BatchRows batch)
    {
        var spot = batch.Batch.SpotOf(BatchLifecycle.Fields.Review);
        var name = batch.File.Batch;
        return ExportError.At(DiagnosticCodes.BatchNotIssued, spot, $"批次 {name} 已于 {batch.Batch.Lifecycle.Review!.On:yyyy-MM-dd} 被退回（{batch.Batch.Lifecycle.Review.Reason}），" +
            $"不写它的表格：改正后重新报送，在 {name}.yml 中写明新的 submitted_on 并删去 review，再运行 skillcert forms",
            $"batch {name} was sent back on {batch.Batch.Lifecycle.Review!.On:yyyy-MM-dd} ({batch.Batch.Lifecycle.Review.Reason}), so its forms are not written: " +
            $"correct it and submit it again, give the new submitted_on in {name}.yml and remove review, then run skillcert forms", isWarning: true);
    }

    // The unit that signs the forms is the institution under the name it had when it filled them in.
    private static string NameOf(Institution institution, BatchRows batch, DateOnly asOf) =>
        institution.NameOn(batch.Batch.Lifecycle.SubmittedOn ?? batch.Batch.Totals.EvaluatedOn ?? batch.FirstIssued ?? asOf);
}
