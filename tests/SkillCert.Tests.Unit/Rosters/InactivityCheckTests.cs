using SkillCert.Core.Exports;
using SkillCert.Core.Identity;
using SkillCert.Core.Institutions;
using SkillCert.Core.Rosters;
using static SkillCert.Tests.Unit.Rosters.RosterFixture;

namespace SkillCert.Tests.Unit.Rosters;

/// The export refuses certificates issued while the institution counted as withdrawn for inactivity (视同自行退出).
public class InactivityCheckTests
{
    // Filed 2022-01-01 and renewed, so that only the inactivity rule can stop it in 2025.
    private static readonly Institution Renewed = Institution(new FilingEvent(new DateOnly(2024, 12, 1), FilingEventType.Renewed, new DateOnly(2027, 12, 31)));

    private static ExportedCertificate Certificate(string issuedOn, int line = 2) =>
        Check(RowAt(line, (RosterColumn.IssuedOn, issuedOn)), Renewed).Record!;

    private static ExportedCertificate Carried(string issuedOn)
    {
        var row = Certificate(issuedOn);
        return new ExportedCertificate
        {
            Number = "Y000014000001243000001", Institution = row.Institution, OccupationCode = row.OccupationCode,
            OccupationName = row.OccupationName, Level = row.Level, IssuedOn = row.IssuedOn, HolderName = row.HolderName,
            MaskedName = row.MaskedName, DocumentType = row.DocumentType, MaskedId = row.MaskedId, IdHash = row.IdHash,
        };
    }

    private static List<RowProblem> CheckInactivity(params ExportedCertificate[] certificates)
    {
        using var hasher = new IdHasher(IdKey);
        var problems = new List<RowProblem>();
        new RosterRules(Catalogue(Renewed), Renewed, AsOf, hasher)
            .CheckInactivity(certificates, certificates.Select(c => c.IssuedOn.Year).ToHashSet(), problems);
        return problems;
    }

    [Fact]
    public void A_row_issued_after_two_idle_whole_years_is_refused_at_its_issue_date()
    {
        var problem = Assert.Single(CheckInactivity(Certificate("2025-03-10", line: 7)));
        Assert.Equal((new RowOrigin(0, 7), "发证日期"), (problem.Origin, problem.Column));
        Assert.Contains("no certificate of it issued in 2023 nor in 2024", problem.MessageEn, StringComparison.Ordinal);
        Assert.Contains("withdrew from 2025-01-01", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_issued_before_the_withdrawal_passes() =>
        Assert.Empty(CheckInactivity(Certificate("2023-06-01")));

    [Fact]
    public void A_certificate_carried_over_from_the_previous_export_counts_as_activity() =>
        Assert.Empty(CheckInactivity(Certificate("2025-03-10"), Carried("2024-09-18")));

    [Fact]
    public void A_certificate_carried_over_has_no_row_and_is_never_refused() =>
        Assert.Empty(CheckInactivity(Carried("2025-03-10")));
}
