using SkillCert.Core.Exports;
using SkillCert.Core.Rosters;
using static SkillCert.Tests.Unit.Exports.LedgerFixture;

namespace SkillCert.Tests.Unit.Exports;

public class ReExportTests
{
    [Fact]
    public void A_certificate_exported_before_keeps_its_number_when_its_row_still_has_none()
    {
        var exported = Certificate("Y000014000001244000003", 4, Day(2024, 5, 1));
        var ledger = Ledger();
        var again = Again(exported);
        var newcomer = Certificate(null, 4, Day(2024, 4, 1));
        ledger.Add(again);
        ledger.Add(newcomer);
        var outcome = Close(ledger, previous: [exported]);
        Assert.Empty(outcome.Problems);
        Assert.Equal("Y000014000001244000003", again.Number);
        Assert.Equal("Y000014000001244000004", newcomer.Number);
        Assert.Equal(1, outcome.NewNumbers);
    }

    [Fact]
    public void A_different_number_for_an_exported_certificate_is_an_error()
    {
        var exported = Certificate("Y000014000001244000003", 4, Day(2024, 5, 1));
        var ledger = Ledger();
        ledger.Add(Again(exported, number: "Y000014000001244000009"));
        var problem = Assert.Single(Close(ledger, previous: [exported]).Problems);
        Assert.Contains("was exported as Y000014000001244000003", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revocation_in_the_previous_export_is_kept_when_the_certificate_is_exported_again()
    {
        var exported = Certificate("Y000014000001244000003", 4, Day(2024, 5, 1));
        exported.Revoke(Day(2024, 8, 1), "以不正当手段取得");
        var ledger = Ledger();
        ledger.Add(Again(exported));
        var kept = Assert.Single(Close(ledger, previous: [exported]).Certificates);
        Assert.Equal(Day(2024, 8, 1), kept.RevokedOn);
        Assert.Equal("revoked", kept.Status);
    }

    [Fact]
    public void A_revoked_certificate_is_carried_over_even_when_its_roster_row_is_gone()
    {
        var exported = Certificate("Y000014000001244000003", 4, Day(2024, 5, 1));
        exported.Revoke(Day(2024, 8, 1), "以不正当手段取得");
        var outcome = Close(Ledger(), previous: [exported]);
        Assert.Same(exported, Assert.Single(outcome.Certificates));
        Assert.Same(exported, Assert.Single(outcome.Kept));
    }

    [Fact]
    public void A_valid_certificate_whose_row_is_gone_stays_in_the_export_with_its_number()
    {
        var exported = Certificate("Y000014000001244000003", 4, Day(2024, 5, 1));
        var ledger = Ledger();
        ledger.Add(Certificate("Y000014000001244000001", 4, Day(2024, 1, 1)));
        var outcome = Close(ledger, previous: [exported]);
        Assert.Empty(outcome.Problems);
        Assert.Contains(exported, outcome.Certificates);
        Assert.Equal("valid", exported.Status);
        Assert.Same(exported, Assert.Single(outcome.Kept));
    }

    [Fact]
    public void A_serial_an_earlier_export_reserved_stays_reserved_above_the_serials_in_the_export()
    {
        var ledger = Ledger();
        var newcomer = Certificate(null, 4, Day(2024, 1, 1));
        ledger.Add(newcomer);
        var outcome = Close(ledger, floors: new Dictionary<string, int> { ["Y000014000001244"] = 7 });
        Assert.Equal("Y000014000001244000008", newcomer.Number);
        Assert.Empty(outcome.SerialFloors);
    }

    [Fact]
    public void A_row_that_changes_the_name_of_an_issued_certificate_is_refused_and_points_to_a_reissue()
    {
        var exported = Certificate("Y000014000001244000003", 4, Day(2024, 5, 1));
        var ledger = Ledger();
        var renamed = Again(exported);
        ledger.Add(new ExportedCertificate
        {
            Institution = renamed.Institution, OccupationCode = renamed.OccupationCode, OccupationName = renamed.OccupationName, Level = renamed.Level,
            IssuedOn = renamed.IssuedOn, HolderName = "张炜", MaskedName = "张*", DocumentType = renamed.DocumentType, MaskedId = renamed.MaskedId,
            IdHash = renamed.IdHash, Origin = renamed.Origin,
        });
        var problem = Assert.Single(Close(ledger, previous: [exported]).Problems);
        Assert.Equal("姓名", problem.Column);
        Assert.Contains("原证书编号", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_floor_is_kept_while_a_higher_serial_is_still_in_the_export()
    {
        var ledger = Ledger();
        ledger.Add(Certificate("Y000014000001244000009", 4, Day(2024, 1, 1)));
        var outcome = Close(ledger, previous: [Certificate("Y000014000001244000003", 4, Day(2024, 5, 1))]);
        Assert.Empty(outcome.SerialFloors);
    }

    [Fact]
    public void Writing_the_number_of_another_exported_certificate_that_is_still_in_the_rosters_is_an_error()
    {
        var exported = Certificate("Y000014000001244000003", 4, Day(2024, 5, 1));
        var ledger = Ledger();
        ledger.Add(Again(exported, line: 2));
        ledger.Add(Certificate("Y000014000001244000003", 4, Day(2024, 6, 1), line: 3));
        var problems = Close(ledger, previous: [exported]).Problems;
        Assert.Contains(problems, p => p.Origin.Line == 3 && p.MessageEn.Contains("exported for another certificate", StringComparison.Ordinal));
    }

    [Fact]
    public void A_written_number_may_correct_the_details_of_its_own_certificate()
    {
        var exported = Certificate("Y000014000001244000003", 4, Day(2024, 5, 1));
        var ledger = Ledger();
        var corrected = Certificate("Y000014000001244000003", 4, Day(2024, 5, 2));
        ledger.Add(corrected);
        var outcome = Close(ledger, previous: [exported]);
        Assert.Empty(outcome.Problems);
        Assert.Same(corrected, Assert.Single(outcome.Certificates));
    }
}
