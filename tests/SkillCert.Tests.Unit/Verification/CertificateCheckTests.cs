using SkillCert.Core.Institutions;
using SkillCert.Core.Numbers;
using SkillCert.Core.Verification;

namespace SkillCert.Tests.Unit.Verification;

public class CertificateCheckTests
{
    private static readonly DateOnly Today = new(2026, 1, 1);
    private static readonly DateOnly Issued = new(2022, 5, 10);

    private static readonly Institution Filing = new()
    {
        Seq = "000001",
        Name = "忻州示例机械有限公司",
        CreditCode = "91140900MA0K3PQ218",
        FiledOn = new DateOnly(2021, 6, 1),
        Occupations = [new ScopeEntry("6-18-01-01", "数控车工", [5, 4, 3])],
    };

    private static CertificateRecord Record(string number = "Y000014000001223000001", int level = 3, DateOnly? issued = null,
        string occupation = "6-18-01-01", string? trade = "数控车工", CertificateStatus status = CertificateStatus.Valid) =>
        new(number, number.Substring(7, 6), occupation, "车工", trade, level, issued ?? Issued, status,
            status == CertificateStatus.Revoked ? new DateOnly(2023, 1, 1) : null,
            status == CertificateStatus.Revoked ? "以欺骗手段取得" : null,
            "张三明", "张*明", "居民身份证", "140902********1234");

    private static CertificateNumber Number(string text) => CertificateNumber.Decode(text, Today).Number!;

    private static VerificationResult Verify(CertificateRecord record, Institution? filing = null, string? number = null,
        CertificateActivity? activity = null) =>
        CertificateCheck.Verify(Number(number ?? record.Number), record, filing ?? Filing, activity);

    private static CheckVerdict VerdictOf(VerificationResult r, CheckKind kind) => r.Checks.Single(c => c.Kind == kind).Verdict;

    [Fact]
    public void A_certificate_that_agrees_with_its_number_and_filing_is_genuine()
    {
        var result = Verify(Record());
        Assert.All(result.Checks, c => Assert.Equal(CheckVerdict.Pass, c.Verdict));
        Assert.True(result.AllPass);
    }

    [Fact]
    public void Every_check_is_listed_once_in_a_fixed_order() =>
        Assert.Equal(Enum.GetValues<CheckKind>(), Verify(Record()).Checks.Select(c => c.Kind));

    [Fact]
    public void An_institution_missing_from_the_catalogue_fails_and_its_filing_checks_are_skipped()
    {
        var result = CertificateCheck.Verify(Number("Y000014000001223000001"), Record(), filing: null);
        Assert.Equal(CheckVerdict.Fail, VerdictOf(result, CheckKind.Institution));
        Assert.Equal(CheckVerdict.Skipped, VerdictOf(result, CheckKind.Active));
        Assert.Equal(CheckVerdict.Skipped, VerdictOf(result, CheckKind.Scope));
        Assert.Equal(CheckKind.Institution, result.FirstFailure!.Kind);
    }

    [Fact]
    public void A_number_whose_category_differs_from_the_filing_fails_the_institution_check() =>
        Assert.Equal(CheckVerdict.Fail, VerdictOf(Verify(Record("S000014000001223000001"), number: "S000014000001223000001"), CheckKind.Institution));

    [Fact]
    public void A_record_of_another_institution_than_the_number_says_fails_the_institution_check() =>
        Assert.Equal(CheckVerdict.Fail, VerdictOf(Verify(Record() with { Institution = "000002" }), CheckKind.Institution));

    [Fact]
    public void A_removed_institution_may_not_certify()
    {
        var removed = Filing with { Events = [new FilingEvent(new DateOnly(2022, 1, 1), FilingEventType.Removed, Note: "违规")] };
        var check = Verify(Record(), removed).Checks.Single(c => c.Kind == CheckKind.Active);
        Assert.Equal(CheckVerdict.Fail, check.Verdict);
        Assert.Contains("已移出", check.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void An_institution_may_not_certify_before_it_was_filed() =>
        Assert.Equal(CheckVerdict.Fail, VerdictOf(Verify(Record("Y000014000001213000001", issued: new DateOnly(2021, 5, 1))), CheckKind.Active));

    [Fact]
    public void A_suspended_institution_may_not_certify()
    {
        var suspended = Filing with { Events = [new FilingEvent(new DateOnly(2022, 5, 1), FilingEventType.Suspended)] };
        Assert.Equal(CheckVerdict.Fail, VerdictOf(Verify(Record(), suspended), CheckKind.Active));
    }

    [Fact]
    public void Two_idle_years_before_the_issue_date_count_against_the_institution()
    {
        var record = Record(number: "Y000014000001243000001", issued: new DateOnly(2024, 3, 1));
        var idle = new CertificateActivity(new HashSet<int> { 2024 });
        Assert.Equal(CheckVerdict.Fail, VerdictOf(Verify(record, activity: idle), CheckKind.Active));
    }

    [Fact]
    public void A_level_outside_the_filed_scope_fails_the_scope_check() =>
        Assert.Equal(CheckVerdict.Fail, VerdictOf(Verify(Record("Y000014000001222000001", level: 2)), CheckKind.Scope));

    [Fact]
    public void An_occupation_outside_the_filed_scope_fails_the_scope_check() =>
        Assert.Equal(CheckVerdict.Fail, VerdictOf(Verify(Record(occupation: "6-18-01-02")), CheckKind.Scope));

    [Fact]
    public void A_trade_other_than_the_filed_one_fails_the_scope_check() =>
        Assert.Equal(CheckVerdict.Fail, VerdictOf(Verify(Record(trade: "普通车工")), CheckKind.Scope));

    [Fact]
    public void The_scope_on_the_issue_date_counts_not_the_scope_today()
    {
        var widened = Filing with
        {
            Events = [new FilingEvent(new DateOnly(2023, 1, 1), FilingEventType.ScopeChanged,
                Occupations: [new ScopeEntry("6-18-01-01", "数控车工", [5, 4, 3, 2])])],
        };
        Assert.Equal(CheckVerdict.Fail, VerdictOf(Verify(Record("Y000014000001222000001", level: 2), widened), CheckKind.Scope));
    }

    [Fact]
    public void A_number_year_other_than_the_issue_year_fails_the_year_check() =>
        Assert.Equal(CheckVerdict.Fail, VerdictOf(Verify(Record("Y000014000001233000001")), CheckKind.Year));

    [Fact]
    public void A_level_digit_other_than_the_record_level_fails_the_level_check() =>
        Assert.Equal(CheckVerdict.Fail, VerdictOf(Verify(Record("Y000014000001224000001", level: 3)), CheckKind.Level));

    [Fact]
    public void A_revoked_certificate_still_reports_what_held_on_its_issue_date()
    {
        var result = Verify(Record(status: CertificateStatus.Revoked));
        Assert.True(result.AllPass);
        Assert.Equal(CertificateStatus.Revoked, result.Status);
    }

    [Fact]
    public void The_first_failed_check_is_the_one_named_first() =>
        Assert.Equal(CheckKind.Year, Verify(Record("Y000014000001233000001")).FirstFailure!.Kind);

    [Fact]
    public void The_notice_form_is_named_in_the_structure_check()
    {
        var record = Record("Y00001400000122300001");
        Assert.Contains("21", Verify(record).Checks[0].MessageZh, StringComparison.Ordinal);
    }
}
