using SkillCert.Core.Exports;
using SkillCert.Core.Rosters;
using static SkillCert.Tests.Unit.Exports.LedgerFixture;

namespace SkillCert.Tests.Unit.Exports;

public class RevocationTests
{
    private static readonly DateOnly AsOf = Day(2025, 6, 30);

    private static (IReadOnlyList<Revocation> Revocations, IReadOnlyList<RowProblem> Problems) Read(params (string Number, string Date, string Reason)[] lines)
    {
        var list = new RevocationList(AsOf);
        for (var i = 0; i < lines.Length; i++) list.Add(lines[i].Number, lines[i].Date, lines[i].Reason, new RowOrigin(0, i + 2));
        return (list.Revocations, list.Problems);
    }

    [Fact]
    public void A_revocation_revokes_its_certificate_from_its_date_with_its_reason()
    {
        var certificate = Certificate("Y000014000001244000003", 4, Day(2024, 5, 1));
        var ledger = Ledger();
        ledger.Add(certificate);
        var (revocations, _) = Read(("Y000014000001244000003", "2024-08-01", "伪造工作经历证明"));
        Assert.Empty(Close(ledger, revocations: revocations.ToList()).Problems);
        Assert.Equal("revoked", certificate.Status);
        Assert.Equal("伪造工作经历证明", certificate.RevocationReason);
    }

    [Fact]
    public void A_revocation_of_a_number_not_in_the_export_is_an_error()
    {
        var (revocations, _) = Read(("Y000014000001244000003", "2024-08-01", "x"));
        var problem = Assert.Single(Close(Ledger(), revocations: revocations.ToList()).Problems);
        Assert.Equal(RevocationList.NumberColumn, problem.Column);
    }

    [Fact]
    public void A_revocation_may_not_predate_the_certificate()
    {
        var ledger = Ledger();
        ledger.Add(Certificate("Y000014000001244000003", 4, Day(2024, 5, 1)));
        var (revocations, _) = Read(("Y000014000001244000003", "2024-04-30", "x"));
        Assert.Equal(RevocationList.DateColumn, Assert.Single(Close(ledger, revocations: revocations.ToList()).Problems).Column);
    }

    [Fact]
    public void A_revocations_number_must_decode() =>
        Assert.Equal(RevocationList.NumberColumn, Assert.Single(Read(("Y0000", "2024-08-01", "x")).Problems).Column);

    [Fact]
    public void A_revocation_may_not_be_dated_in_the_future() =>
        Assert.Equal(RevocationList.DateColumn, Assert.Single(Read(("Y000014000001244000003", "2025-07-01", "x")).Problems).Column);

    [Fact]
    public void A_revocation_needs_a_reason() =>
        Assert.Equal(RevocationList.ReasonColumn, Assert.Single(Read(("Y000014000001244000003", "2024-08-01", " ")).Problems).Column);

    [Fact]
    public void A_certificate_is_revoked_once()
    {
        var problem = Assert.Single(Read(("Y000014000001244000003", "2024-08-01", "x"), ("Y000014000001244000003", "2024-09-01", "y")).Problems);
        Assert.Equal(3, problem.Origin.Line);
        Assert.Equal(2, problem.SeeAlso!.Value.Line);
    }
}
