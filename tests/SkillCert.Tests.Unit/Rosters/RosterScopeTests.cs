using SkillCert.Core.Institutions;
using SkillCert.Core.Rosters;
using static SkillCert.Tests.Unit.Rosters.RosterFixture;

namespace SkillCert.Tests.Unit.Rosters;

/// The export's scope check (不得超范围): a row is refused at the cell to correct, with what to write.
public class RosterScopeTests
{
    private static Institution TradeOnly() => Institution() with
    {
        Occupations = [new ScopeEntry("6-18-01-01", "数控车工", [5, 4, 3]), new ScopeEntry("6-31-01-03", null, [5, 4])],
    };

    [Fact]
    public void A_row_without_a_trade_is_refused_under_a_line_filed_only_for_a_trade()
    {
        var problem = Problem(Row((RosterColumn.Trade, "—")), TradeOnly());
        Assert.Equal("工种", problem.Column);
        Assert.Contains("only for 工种 数控车工; write 数控车工 in 工种", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_another_trade_is_refused_at_its_trade()
    {
        var problem = Problem(Row((RosterColumn.Trade, "普通车工")), TradeOnly());
        Assert.Equal("工种", problem.Column);
        Assert.Contains("\"普通车工\" is not in the filed scope of 000001", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_the_filed_trade_passes() =>
        Assert.Empty(Check(Row((RosterColumn.Trade, "数控车工")), TradeOnly()).Problems);

    [Fact]
    public void A_line_filed_without_a_trade_takes_rows_with_and_without_one()
    {
        Assert.Empty(Check(Row((RosterColumn.Trade, "—"))).Problems);
        Assert.Empty(Check(Row((RosterColumn.Trade, "普通车工"))).Problems);
    }

    [Fact]
    public void A_level_outside_the_trades_line_is_refused_at_the_level_with_the_levels_it_may_certify()
    {
        var problem = Problem(Row((RosterColumn.Trade, "数控车工"), (RosterColumn.Level, "2")), TradeOnly());
        Assert.Equal("评价等级", problem.Column);
        Assert.EndsWith("it may certify levels 5, 4, 3", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scope_is_the_one_in_force_on_the_issue_date()
    {
        var widened = Institution(new FilingEvent(new DateOnly(2024, 10, 1), FilingEventType.ScopeChanged,
            Occupations: [new ScopeEntry("6-18-01-01", null, [5, 4, 3]), new ScopeEntry("4-03-02-01", null, [5])]));
        var cook = new[] { (RosterColumn.OccupationCode, "4-03-02-01"), (RosterColumn.OccupationName, "中式烹调师"), (RosterColumn.Level, "5") };
        Assert.Equal("职业编码", Problem(Row([.. cook, (RosterColumn.IssuedOn, "2024-09-18")]), widened).Column);
        Assert.Empty(Check(Row([.. cook, (RosterColumn.IssuedOn, "2024-10-08")]), widened).Problems);
    }
}
