using System.Security.Cryptography;
using System.Text;
using SkillCert.Core.Institutions;
using SkillCert.Core.Rosters;
using SkillCert.Tests.Unit.Identity;
using static SkillCert.Tests.Unit.Rosters.RosterFixture;

namespace SkillCert.Tests.Unit.Rosters;

public class RosterRulesTests
{
    [Fact]
    public void A_row_that_passes_every_check_becomes_a_certificate_without_its_ID_number()
    {
        var (record, problems) = Check(Row());
        Assert.Empty(problems);
        Assert.NotNull(record);
        Assert.Equal("张伟", record.HolderName);
        Assert.Equal("张*", record.MaskedName);
        Assert.Equal("140902********" + ManId[14..], record.MaskedId);
        Assert.Equal("车工", record.OccupationName);
        Assert.Equal(4, record.Level);
        Assert.Equal(Issued, record.IssuedOn);
        Assert.Null(record.Trade);
        Assert.Null(record.Number);
    }

    [Fact]
    public void The_id_hash_is_the_HMAC_of_the_normalised_ID_number_under_the_id_key()
    {
        var lower = ManId[..17] + char.ToLowerInvariant(ManId[17]);
        var (record, _) = Check(Row((RosterColumn.IdNumber, lower)));
        Assert.Equal(HMACSHA256.HashData(IdKey, Encoding.UTF8.GetBytes(ManId.ToUpperInvariant())), record!.IdHash);
    }

    [Theory]
    [InlineData(RosterColumn.Name, "姓名")]
    [InlineData(RosterColumn.Gender, "性别")]
    [InlineData(RosterColumn.DocumentType, "证件类型")]
    [InlineData(RosterColumn.IdNumber, "证件号码")]
    [InlineData(RosterColumn.OccupationName, "申报职业")]
    [InlineData(RosterColumn.Level, "评价等级")]
    [InlineData(RosterColumn.IssuedOn, "发证日期")]
    public void A_required_cell_may_not_be_empty(RosterColumn column, string header)
    {
        var (_, problems) = Check(Row((column, "  ")));
        Assert.Contains(problems, p => p.Column == header && p.MessageEn.StartsWith("is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void The_ID_number_check_character_is_checked()
    {
        var wrong = ManId[..17] + (ManId[17] == '0' ? '1' : '0');
        var problem = Problem(Row((RosterColumn.IdNumber, wrong)));
        Assert.Equal("证件号码", problem.Column);
        Assert.Equal($"check character should be {ManId[17]}", problem.MessageEn);
    }

    [Fact]
    public void The_ID_number_birth_date_must_be_a_real_day()
    {
        var problem = Problem(Row((RosterColumn.IdNumber, IdentityGenerators.WithIdCheck("14090219900230123"))));
        Assert.Contains("not a real birth date", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holder_must_be_at_least_16_on_the_issue_date()
    {
        var young = IdentityGenerators.WithIdCheck("14090220081001123");
        var problem = Problem(Row((RosterColumn.IdNumber, young)));
        Assert.Equal("证件号码", problem.Column);
        Assert.Contains("was 15 on the issue date", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holder_who_turns_16_on_the_issue_date_may_be_certified() =>
        Assert.Empty(Check(Row((RosterColumn.IdNumber, IdentityGenerators.WithIdCheck("14090220080918123")))).Problems);

    [Fact]
    public void The_gender_must_agree_with_the_17th_digit_of_the_ID_number()
    {
        var problem = Problem(Row((RosterColumn.IdNumber, WomanId)));
        Assert.Equal("性别", problem.Column);
        Assert.Contains("says 女", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_gender_is_男_or_女() =>
        Assert.Equal("性别", Problem(Row((RosterColumn.Gender, "M"))).Column);

    [Fact]
    public void Another_document_type_is_accepted_without_the_ID_number_checks()
    {
        var (record, problems) = Check(Row((RosterColumn.DocumentType, "护照"), (RosterColumn.IdNumber, "E12345678")));
        Assert.Empty(problems);
        Assert.Equal("护照", record!.DocumentType);
        Assert.Equal("*****5678", record.MaskedId);
    }

    [Fact]
    public void An_occupation_code_must_be_in_the_occupation_list()
    {
        var problem = Problem(Row((RosterColumn.OccupationCode, "9-99-99-99")));
        Assert.Equal("职业编码", problem.Column);
        Assert.Contains("not in occupations.yml", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_occupation_name_must_match_its_code()
    {
        var problem = Problem(Row((RosterColumn.OccupationName, "钳工")));
        Assert.Equal("申报职业", problem.Column);
        Assert.Contains("which is 车工", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void An_occupation_outside_the_filed_scope_may_not_be_certified()
    {
        var problem = Problem(Row((RosterColumn.OccupationCode, "4-03-02-01"), (RosterColumn.OccupationName, "中式烹调师")));
        Assert.Equal("职业编码", problem.Column);
        Assert.Contains("not in the filed scope", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_outside_the_filed_scope_may_not_be_certified()
    {
        var problem = Problem(Row((RosterColumn.Level, "二级/技师")));
        Assert.Equal("评价等级", problem.Column);
        Assert.Contains("may certify levels 5, 4, 3", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scope_on_the_issue_date_counts_not_the_scope_today()
    {
        var narrowed = Institution(new FilingEvent(new DateOnly(2024, 1, 1), FilingEventType.ScopeChanged,
            Occupations: [new ScopeEntry("6-31-01-03", null, [5, 4])]));
        Assert.Equal("职业编码", Problem(Row(), narrowed).Column);
        Assert.Empty(Check(Row((RosterColumn.IssuedOn, "2023-12-31")), narrowed).Problems);
    }

    [Theory]
    [InlineData("—")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("无")]
    public void A_dash_or_an_empty_trade_means_no_trade(string mark) =>
        Assert.Null(Check(Row((RosterColumn.Trade, mark))).Record!.Trade);

    [Fact]
    public void A_trade_must_be_one_of_the_occupations_trades()
    {
        Assert.Equal("数控车工", Check(Row((RosterColumn.Trade, "数控车工"))).Record!.Trade);
        Assert.Equal("工种", Problem(Row((RosterColumn.Trade, "铣工"))).Column);
    }

    [Fact]
    public void An_institution_that_was_not_active_on_the_issue_date_may_not_certify()
    {
        var problem = Problem(Row((RosterColumn.IssuedOn, "2025-01-05")));
        Assert.Equal("发证日期", problem.Column);
        Assert.Contains("已过期", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suspended_institution_may_not_certify()
    {
        var suspended = Institution(new FilingEvent(new DateOnly(2024, 9, 1), FilingEventType.Suspended, Note: "整改"));
        Assert.Contains("暂停", Problem(Row(), suspended).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_institution_whose_filing_is_about_to_expire_may_still_certify() =>
        Assert.Empty(Check(Row((RosterColumn.IssuedOn, "2024-12-20"))).Problems);

    [Fact]
    public void An_issue_date_may_not_be_in_the_future()
    {
        var problem = Problem(Row((RosterColumn.IssuedOn, "2024-09-19")), asOf: new DateOnly(2024, 9, 18));
        Assert.Equal("发证日期", problem.Column);
        Assert.Contains("in the future", problem.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024/9/18")]
    [InlineData("2024.9.18")]
    [InlineData("2024年9月18日")]
    [InlineData("2024-09-18")]
    public void Issue_dates_in_the_forms_spreadsheets_save_are_read(string written) =>
        Assert.Equal(Issued, Check(Row((RosterColumn.IssuedOn, written))).Record!.IssuedOn);

    [Theory]
    [InlineData("18/09/2024")]
    [InlineData("2024-13-01")]
    [InlineData("2024-02-30")]
    [InlineData("2024/09-18")]
    public void Anything_else_is_not_a_date(string written) =>
        Assert.Equal("发证日期", Problem(Row((RosterColumn.IssuedOn, written))).Column);

    [Theory]
    [InlineData(RosterColumn.TheoryScore, "101")]
    [InlineData(RosterColumn.SkillScore, "-1")]
    [InlineData(RosterColumn.PerformanceScore, "九十")]
    public void A_score_is_a_number_from_0_to_100(RosterColumn column, string score) =>
        Assert.Contains("not a score from 0 to 100", Problem(Row((column, score))).MessageEn, StringComparison.Ordinal);

    [Fact]
    public void At_least_one_score_is_given() =>
        Assert.Equal("理论成绩", Problem(Row((RosterColumn.TheoryScore, ""), (RosterColumn.SkillScore, ""))).Column);

    [Theory]
    [InlineData("4")]
    [InlineData("四级")]
    [InlineData("中级工")]
    [InlineData("四级/中级工")]
    [InlineData("４")]
    public void A_level_is_read_in_every_form_rosters_use(string written) =>
        Assert.Equal(4, Check(Row((RosterColumn.Level, written))).Record!.Level);

    [Fact]
    public void Messages_never_quote_an_ID_number_typed_into_another_column()
    {
        var problem = Problem(Row((RosterColumn.Gender, ManId)));
        var both = problem.Message + problem.MessageEn;
        Assert.DoesNotContain(ManId, both, StringComparison.Ordinal);
        Assert.DoesNotContain(ManId[6..14], both, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_wrong_cell_of_a_row_is_reported()
    {
        var (record, problems) = Check(Row((RosterColumn.Gender, "?"), (RosterColumn.Level, "9"), (RosterColumn.TheoryScore, "200")));
        Assert.Null(record);
        Assert.Equal(["性别", "评价等级", "理论成绩"], problems.Select(p => p.Column).ToArray());
    }
}
