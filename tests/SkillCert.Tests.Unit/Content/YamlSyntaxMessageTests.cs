using CsCheck;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Tests.Unit.Content;

/// <summary>
/// A YAML syntax error points at what to fix, in Chinese first: the bracket or quote where it opened, the tab, the line
/// indented unlike its neighbours. YamlDotNet itself reports where it gave up, which can be lines later.
/// </summary>
public class YamlSyntaxMessageTests
{
    private static Diagnostic Error(string yaml)
    {
        var bag = new DiagnosticBag();
        Assert.Null(YamlSource.Parse(yaml, "institutions/000001.yml", bag));
        return Assert.Single(bag.Items);
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_where_it_opened_not_where_the_file_goes_on()
    {
        var d = Error("seq: \"000001\"\ncategory: Y\nroute: \"0000\"\nlevels: [5, 4, 3\nname: 忻州示例机械有限公司\ncounty: 忻府区\n");
        Assert.Equal((4, 9), (d.Line, d.Column));
        Assert.StartsWith("YAML 语法：第 4 行第 9 列的“[”开始了一个列表，但没有用“]”结束", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_bracket_at_the_end_of_the_file_is_reported_where_it_opened()
    {
        var d = Error("seq: \"000001\"\noccupations:\n  - {code: \"6-18-01-01\", levels: [5, 4]\n");
        Assert.Equal((3, 5), (d.Line, d.Column));
        Assert.Contains("“{”开始了一组“键: 值”，但没有用“}”结束", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bracket_closed_by_the_wrong_one_is_reported_where_it_opened_and_names_both()
    {
        var d = Error("occupations:\n  - {code: \"6-18-01-01\", levels: [5, 4}\n");
        Assert.Equal((2, 34), (d.Line, d.Column));
        Assert.Contains("第 2 行第 34 列的“[”开始了一个列表，却在第 2 行第 39 列遇到了“}”", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_bracket_that_closes_nothing_is_reported_where_it_stands()
    {
        var d = Error("levels: [5, 4]]\nname: x\n");
        Assert.Equal((1, 15), (d.Line, d.Column));
        Assert.Contains("“]”前面没有与它配对的“[”", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seq: \"000001\"\nname: \"忻州示例机械有限公司\ncounty: 忻府区\n", "双引号 \"")]
    [InlineData("seq: \"000001\"\nname: '忻州示例机械有限公司\ncounty: 忻府区\n", "单引号 '")]
    public void An_unclosed_quote_is_reported_where_it_opened(string yaml, string quote)
    {
        var d = Error(yaml);
        Assert.Equal((2, 7), (d.Line, d.Column));
        Assert.Contains($"第 2 行第 7 列的{quote} 开始了一个值，但它没有结束引号", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_quote_over_two_lines_too_little_indented_is_told_so_not_called_unclosed()
    {
        var d = Error("contact:\n  address: \"忻州市\n忻府区\"\n  name: 张秀英\n");
        Assert.Equal((2, 12), (d.Line, d.Column));
        Assert.Contains("开始的值跨到了下一行，而续行的缩进不够", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_value_that_runs_on_to_the_next_quote_is_reported_at_its_opening_quote()
    {
        var d = Error("contact: {name: \"张秀英, phone: \"0350-3000001\", email: \"hr@machinery.example\"}\nseq: \"000001\"\n");
        Assert.Equal((1, 17), (d.Line, d.Column));
        Assert.Contains("第 1 行第 17 列的引号开始的值一直读到第 1 行第 30 列的引号才结束", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("occupations:\n  - {code: a, levels: [5]}\n\t- {code: b, levels: [5]}\n", 3, 1)]
    [InlineData("contact:\n  name: 张秀英\n \tphone: \"0350\"\n", 3, 2)]
    public void A_tab_in_the_indentation_is_reported_at_the_tab(string yaml, int line, int column)
    {
        var d = Error(yaml);
        Assert.Equal((line, column), (d.Line, d.Column));
        Assert.StartsWith($"YAML 语法：第 {line} 行用制表符（Tab）缩进", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_indented_deeper_than_the_line_above_is_reported_at_its_first_character()
    {
        var d = Error("seq: \"000001\"\ncredit_code: \"91140902MA0K00013L\"\n   county: 忻府区\n");
        Assert.Equal((3, 4), (d.Line, d.Column));
        Assert.StartsWith("YAML 语法：第 3 行缩进了 3 个空格，比上面的第 2 行（0 个）多", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_indented_less_than_its_neighbours_is_reported_at_its_first_character()
    {
        var d = Error("contact:\n  name: 张秀英\n phone: \"0350\"\n");
        Assert.Equal((3, 2), (d.Line, d.Column));
        Assert.StartsWith("YAML 语法：第 3 行缩进了 1 个空格，和上面同一层的键对不齐（第 2 行是 2 个）", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_holding_a_colon_and_a_space_is_to_be_quoted_and_the_message_shows_how()
    {
        var d = Error("title: 目录: 忻州市\n");
        Assert.Equal((1, 8), (d.Line, d.Column));
        Assert.Contains("给整个值加上引号：title: \"目录: 忻州市\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_without_a_colon_is_told_to_be_written_as_key_and_value()
    {
        var d = Error("seq: \"000001\"\ncounty\nname: x\n");
        Assert.Equal((2, 1), (d.Line, d.Column));
        Assert.StartsWith("YAML 语法：第 2 行没有冒号", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_syntax_message_is_in_chinese_with_its_english_twin()
    {
        foreach (var yaml in new[] { "a: [1\nb: 2\n", "a: \"x\nb: 1\n", "a: 1\n  b: 2\n", "a: b: c\n", "a: *none\n", "a: 1\na: 2\n", "a:\n\t- 1\n" })
        {
            var d = Error(yaml);
            Assert.StartsWith("YAML 语法：", d.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("YAML syntax", d.Message, StringComparison.Ordinal);
            Assert.StartsWith("YAML syntax: ", d.MessageEn, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Any_flow_list_left_open_is_reported_at_its_bracket_whatever_follows()
    {
        var items = Gen.Int[0, 9].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Array[1, 6];
        var after = Gen.OneOf<string>("", "name: 忻州示例\n", "county: 忻府区\ncontact: {name: 张秀英}\n", "events:\n  - {on: 2024-03-01, type: renewed}\n");
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 3], items, after).Sample((lines, indent, values, rest) =>
        {
            var before = string.Concat(Enumerable.Range(0, lines).Select(i => $"k{i}: v{i}\n"));
            var pad = new string(' ', indent);
            var d = Error($"{before}levels:{pad} [{string.Join(", ", values)}\n{rest}");
            Assert.Equal((lines + 1, 9 + indent), (d.Line, d.Column));
            Assert.Contains("“[”开始了一个列表，但没有用“]”结束", d.Message, StringComparison.Ordinal);
        }, iter: PropertyRuns.Codes);
    }
}
