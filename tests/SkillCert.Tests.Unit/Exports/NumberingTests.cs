using SkillCert.Core.Numbers;
using static SkillCert.Tests.Unit.Exports.LedgerFixture;

namespace SkillCert.Tests.Unit.Exports;

public class NumberingTests
{
    [Fact]
    public void A_row_without_a_number_gets_the_next_serial_after_the_highest_used()
    {
        var ledger = Ledger();
        ledger.Add(Certificate("Y000014000001244000007", 4, Day(2024, 3, 1)));
        var waiting = Certificate(null, 4, Day(2024, 5, 1));
        ledger.Add(waiting);
        var outcome = Close(ledger);
        Assert.Empty(outcome.Problems);
        Assert.Equal("Y000014000001244000008", waiting.Number);
        Assert.Equal(1, outcome.NewNumbers);
    }

    [Fact]
    public void Serials_are_given_in_issue_date_order_not_in_roster_order()
    {
        var ledger = Ledger();
        var late = Certificate(null, 4, Day(2024, 9, 1), line: 2);
        var early = Certificate(null, 4, Day(2024, 2, 1), line: 3);
        ledger.Add(late);
        ledger.Add(early);
        Close(ledger);
        Assert.Equal("Y000014000001244000001", early.Number);
        Assert.Equal("Y000014000001244000002", late.Number);
    }

    [Fact]
    public void Serials_run_separately_for_each_year_and_level()
    {
        var ledger = Ledger();
        ledger.Add(Certificate("Y000014000001244000005", 4, Day(2024, 1, 1)));
        var otherLevel = Certificate(null, 5, Day(2024, 1, 1));
        var otherYear = Certificate(null, 4, Day(2023, 1, 1));
        ledger.Add(otherLevel);
        ledger.Add(otherYear);
        Close(ledger);
        Assert.Equal("Y000014000001245000001", otherLevel.Number);
        Assert.Equal("Y000014000001234000001", otherYear.Number);
    }

    [Fact]
    public void New_numbers_follow_the_highest_serial_of_the_previous_export()
    {
        var ledger = Ledger();
        var waiting = Certificate(null, 4, Day(2024, 5, 1));
        ledger.Add(waiting);
        Close(ledger, previous: [Certificate("Y000014000001244000041", 4, Day(2024, 1, 1))]);
        Assert.Equal("Y000014000001244000042", waiting.Number);
    }

    [Fact]
    public void A_serial_reserved_by_a_dropped_certificate_is_never_given_again()
    {
        var ledger = Ledger();
        var waiting = Certificate(null, 4, Day(2024, 5, 1));
        ledger.Add(waiting);
        Close(ledger, floors: new Dictionary<string, int> { ["Y000014000001244"] = 90 });
        Assert.Equal("Y000014000001244000091", waiting.Number);
    }

    [Fact]
    public void The_notice_form_gives_five_digit_serials_when_site_yml_asks_for_it()
    {
        var ledger = Ledger(NumberForm.Notice21);
        var waiting = Certificate(null, 3, Day(2024, 5, 1));
        ledger.Add(waiting);
        Close(ledger);
        Assert.Equal("Y00001400000124300001", waiting.Number);
    }

    [Fact]
    public void Running_out_of_serials_is_an_error_at_the_row()
    {
        var ledger = Ledger(NumberForm.Notice21);
        ledger.Add(Certificate("Y00001400000124499999", 4, Day(2024, 1, 1)));
        ledger.Add(Certificate(null, 4, Day(2024, 2, 1), line: 9));
        var problem = Assert.Single(Close(ledger).Problems);
        Assert.Equal(9, problem.Origin.Line);
        Assert.Equal("证书编号", problem.Column);
        Assert.Contains("used all 99999 serials of 2024 level 4", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_given_to_two_rows_is_an_error_that_points_at_both()
    {
        var ledger = Ledger();
        ledger.Add(Certificate("Y000014000001244000007", 4, Day(2024, 1, 1), line: 2));
        ledger.Add(Certificate("Y000014000001244000007", 4, Day(2024, 1, 1), line: 5));
        var problem = Assert.Single(Close(ledger).Problems);
        Assert.Equal(5, problem.Origin.Line);
        Assert.Equal(2, problem.SeeAlso!.Value.Line);
    }

    [Fact]
    public void The_same_certificate_listed_twice_is_an_error()
    {
        var ledger = Ledger();
        var first = Certificate(null, 4, Day(2024, 1, 1), line: 2);
        ledger.Add(first);
        ledger.Add(Again(first, line: 3));
        var problem = Assert.Single(Close(ledger).Problems);
        Assert.Equal(3, problem.Origin.Line);
        Assert.Contains("twice", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificates_come_out_in_number_order()
    {
        var ledger = Ledger();
        ledger.Add(Certificate("Y000014000001244000009", 4, Day(2024, 1, 1)));
        ledger.Add(Certificate("Y000014000001235000001", 5, Day(2023, 1, 1)));
        ledger.Add(Certificate(null, 4, Day(2024, 1, 1)));
        var numbers = Close(ledger).Certificates.Select(c => c.Number).ToList();
        Assert.Equal(numbers.Order(StringComparer.Ordinal), numbers);
    }
}
