using SkillCert.Core.Exports;
using SkillCert.Core.Rosters;
using static SkillCert.Tests.Unit.Exports.LedgerFixture;

namespace SkillCert.Tests.Unit.Exports;

/// A reissue (a correction row, or a reissues: entry of the batch) replaces a certificate with a new number.
public class ReissueTests
{
    private const string Original = "Y000014000001244000001";

    private static ExportedCertificate Reissue(ExportedCertificate of, string replaces, DateOnly? issued = null, int line = 5)
    {
        var row = Again(of, line: line);
        var reissue = new ExportedCertificate
        {
            Institution = row.Institution, OccupationCode = row.OccupationCode, OccupationName = row.OccupationName, Trade = row.Trade,
            Level = row.Level, IssuedOn = issued ?? row.IssuedOn, HolderName = "张炜", MaskedName = "张*", DocumentType = row.DocumentType,
            MaskedId = row.MaskedId, IdHash = row.IdHash, Origin = row.Origin,
        };
        reissue.Replacement = new ReplacementClaim(replaces, row.Origin, "原证书编号");
        return reissue;
    }

    [Fact]
    public void A_reissue_gets_a_new_number_and_revokes_the_certificate_it_replaces_as_corrected()
    {
        var original = Certificate(Original, 4, Day(2024, 5, 1));
        var reissue = Reissue(original, Original, Day(2024, 6, 1));
        var ledger = Ledger();
        ledger.Add(original);
        ledger.Add(reissue);
        Assert.Empty(Close(ledger).Problems);
        Assert.Equal("Y000014000001244000002", reissue.Number);
        Assert.Equal((Day(2024, 6, 1), "已更正，新证书 Y000014000001244000002"), (original.RevokedOn, original.RevocationReason));
    }

    [Fact]
    public void The_replaced_certificate_names_its_reissue_and_the_reissue_the_certificate_it_replaces()
    {
        var original = Certificate(Original, 4, Day(2024, 5, 1));
        var reissue = Reissue(original, Original);
        var ledger = Ledger();
        ledger.Add(original);
        ledger.Add(reissue);
        Close(ledger);
        Assert.Equal((reissue.Number, Original), (original.ReplacedBy, reissue.Replaces));
    }

    [Fact]
    public void A_reissue_may_repeat_the_person_occupation_level_and_date_of_the_certificate_it_corrects()
    {
        var original = Certificate(Original, 4, Day(2024, 5, 1));
        var ledger = Ledger();
        ledger.Add(original);
        ledger.Add(Reissue(original, Original));
        Assert.Empty(Close(ledger).Problems);
    }

    [Fact]
    public void A_reissue_of_a_certificate_kept_from_the_previous_export_revokes_it()
    {
        var original = Certificate(Original, 4, Day(2024, 5, 1));
        var ledger = Ledger();
        ledger.Add(Reissue(original, Original));
        var outcome = Close(ledger, previous: [original]);
        Assert.Empty(outcome.Problems);
        Assert.Equal("revoked", Assert.Single(outcome.Kept).Status);
    }

    [Fact]
    public void A_reissue_keeps_its_number_in_the_next_export()
    {
        var original = Certificate(Original, 4, Day(2024, 5, 1));
        var first = Ledger();
        var reissue = Reissue(original, Original);
        first.Add(original);
        first.Add(reissue);
        Close(first);
        var again = Reissue(original, Original);
        var next = Ledger();
        next.Add(Again(original));
        next.Add(again);
        Assert.Empty(Close(next, previous: [original, reissue]).Problems);
        Assert.Equal(reissue.Number, again.Number);
    }

    [Fact]
    public void A_reissue_of_a_certificate_the_export_does_not_have_is_an_error_where_the_claim_is_written()
    {
        var ledger = Ledger();
        ledger.Add(Reissue(Certificate(null, 4, Day(2024, 5, 1)), "Y000014000001244000099"));
        var problem = Assert.Single(Close(ledger).Problems);
        Assert.Equal(("原证书编号", 5), (problem.Column, problem.Origin.Line));
    }

    [Fact]
    public void A_certificate_is_replaced_once()
    {
        var original = Certificate(Original, 4, Day(2024, 5, 1));
        var ledger = Ledger();
        ledger.Add(original);
        ledger.Add(Reissue(original, Original, line: 5));
        ledger.Add(Reissue(original, Original, Day(2024, 7, 1), line: 6));
        var problem = Assert.Single(Close(ledger).Problems);
        Assert.Equal(6, problem.Origin.Line);
    }

    [Fact]
    public void A_reissue_dated_before_the_certificate_it_corrects_is_an_error()
    {
        var original = Certificate(Original, 4, Day(2024, 5, 1));
        var ledger = Ledger();
        ledger.Add(original);
        ledger.Add(Reissue(original, Original, Day(2024, 4, 1)));
        Assert.Equal("发证日期", Assert.Single(Close(ledger).Problems).Column);
    }

    [Fact]
    public void A_certificate_revoked_for_another_reason_is_not_corrected()
    {
        var original = Certificate(Original, 4, Day(2024, 5, 1));
        original.Revoke(Day(2024, 5, 20), "以欺骗手段取得证书");
        var ledger = Ledger();
        ledger.Add(Reissue(original, Original));
        Assert.Contains("以欺骗手段取得证书", Assert.Single(Close(ledger, previous: [original]).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revoking_a_replaced_certificate_in_revocations_csv_is_an_error()
    {
        var original = Certificate(Original, 4, Day(2024, 5, 1));
        var ledger = Ledger();
        ledger.Add(original);
        ledger.Add(Reissue(original, Original));
        var problem = Assert.Single(Close(ledger, revocations: [new Revocation(Original, Day(2024, 8, 1), "撤销", new RowOrigin(9, 2))]).Problems);
        Assert.Equal(RevocationList.NumberColumn, problem.Column);
    }

    [Fact]
    public void An_objection_upheld_after_issue_revokes_the_rows_certificate_with_its_reason()
    {
        var row = Certificate(null, 4, Day(2024, 5, 1));
        var ledger = Ledger();
        ledger.Add(row);
        ledger.RevokeRow(row, Day(2024, 6, 1), "异议成立：材料不实", new RowOrigin(1, 7), "5");
        Assert.Empty(Close(ledger).Problems);
        Assert.Equal((Day(2024, 6, 1), "异议成立：材料不实"), (row.RevokedOn, row.RevocationReason));
    }
}
