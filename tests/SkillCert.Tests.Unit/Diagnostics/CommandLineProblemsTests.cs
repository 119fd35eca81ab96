using SkillCert.Generator.Commands;

namespace SkillCert.Tests.Unit.Diagnostics;

/// Each kind of parse error becomes its own diagnostic at the command as typed: SC9020 a word not known, SC9021 something missing, SC9022 a bad value.
public class CommandLineProblemsTests
{
    private static IReadOnlyList<Diagnostic> Problems(params string[] args) => CommandLineProblems.Of(SkillcertCommand.Create().Parse(args));

    [Fact]
    public void A_misspelt_option_is_SC9020_at_its_command()
    {
        var d = Assert.Single(Problems("build", "--as-off", "2025-01-01"), p => p.Code == "SC9020" && p.Message.Contains("--as-off", StringComparison.Ordinal));
        Assert.Equal("skillcert build", d.File);
        Assert.StartsWith("不认识的选项 --as-off", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_is_SC9020_listing_the_commands_and_nothing_more()
    {
        var d = Assert.Single(Problems("biuld"));
        Assert.Equal("SC9020", d.Code);
        Assert.Contains("没有命令“biuld”", d.Message, StringComparison.Ordinal);
        Assert.Contains("build、certificates", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_at_all_is_SC9021()
    {
        var d = Assert.Single(Problems());
        Assert.Equal(("SC9021", "skillcert"), (d.Code, d.File));
        Assert.StartsWith("skillcert 后面要写一个命令", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_option_left_out_is_SC9021_naming_it()
    {
        var problems = Problems("export", "--rosters", "r", "--out", "o.db", "--signing-key", "s.pem");
        var d = Assert.Single(problems);
        Assert.Equal(("SC9021", "skillcert export"), (d.Code, d.File));
        Assert.StartsWith("缺少必填的选项 --id-key：", d.Message, StringComparison.Ordinal);
        Assert.StartsWith("the option --id-key is required", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_without_its_value_is_SC9021_saying_it_needs_one()
    {
        var d = Assert.Single(Problems("keys", "new", "--out"));
        Assert.Equal(("SC9021", "skillcert keys new"), (d.Code, d.File));
        Assert.StartsWith("选项 --out 后面要写一个值", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_argument_is_SC9021_naming_it()
    {
        var d = Assert.Single(Problems("decode"));
        Assert.Equal("SC9021", d.Code);
        Assert.StartsWith("skillcert decode 后面缺少 <证书编号>", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_not_written_yyyy_MM_dd_is_SC9022_with_the_form_to_use()
    {
        var d = Assert.Single(Problems("build", "--as-of", "2025/1/1"));
        Assert.Equal(("SC9022", "skillcert build"), (d.Code, d.File));
        Assert.Equal("--as-of 的值“2025/1/1”不是 yyyy-MM-dd 格式的日期；请写成 2025-01-01 这样", d.Message);
        Assert.Equal("--as-of \"2025/1/1\" is not a date; write it as yyyy-MM-dd, like 2025-01-01", d.MessageEn);
    }

    [Fact]
    public void A_value_outside_the_choices_is_SC9022_listing_them()
    {
        var d = Assert.Single(Problems("build", "--lang", "fr"));
        Assert.Equal("SC9022", d.Code);
        Assert.Contains("只能写 en 或 zh", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_that_is_not_one_is_SC9022()
    {
        var d = Assert.Single(Problems("serve", "--port", "abc"));
        Assert.Equal("SC9022", d.Code);
        Assert.StartsWith("--port 的值“abc”不是整数", d.Message, StringComparison.Ordinal);
    }
}
