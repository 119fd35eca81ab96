using System.Text;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Tests.Unit.Fuzzing;

/// <summary>
/// Every crash that fuzzing or the bad-input corpus found, kept with its input: each once ended the process or
/// escaped as an exception, and must now be an error at the right place.
/// </summary>
public class FuzzRegressionTests
{
    private static Diagnostic Only(DiagnosticBag bag) => Assert.Single(bag.Items, d => d.IsError);

    [Fact]
    public void A_million_opening_brackets_are_a_syntax_error_not_a_stack_overflow()
    {
        var bag = new DiagnosticBag();
        Assert.Null(InstitutionReader.Parse("seq: " + new string('[', 1_000_000) + new string(']', 1_000_000), "institutions/000001.yml",
            new Dictionary<string, Core.Occupations.Occupation>(), "occupations.yml", bag));
        var d = Only(bag);
        Assert.Equal((DiagnosticCodes.YamlSyntax, 1, 5 + YamlEventGuard.MaxDepth), (d.Code, d.Line, d.Column));
        Assert.Contains("nested more than 64 deep", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Mappings_nested_past_the_limit_in_block_style_are_a_syntax_error()
    {
        var yaml = string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i) + "a:\n")) + new string(' ', 100) + "b: 1\n";
        var bag = new DiagnosticBag();
        Assert.Null(YamlSource.Parse(yaml, "site.yml", bag));
        // The top-level mapping is the first level, so line n opens level n, and line 65 is one too many.
        Assert.Equal((DiagnosticCodes.YamlSyntax, YamlEventGuard.MaxDepth + 1), (Only(bag).Code, Only(bag).Line));
    }

    [Theory]
    [InlineData("x:\n  : a\n", 2)]
    [InlineData("contact:\n  : 州市长征西街25号\"020718\"", 2)]
    [InlineData("- : \"车工\"\n  trades: [\"数控车工\"]\n", 1)]
    [InlineData(": a\n", 1)]
    public void A_line_that_starts_with_a_colon_is_a_syntax_error_at_that_line(string yaml, int line)
    {
        // YamlDotNet's parser emits a mapping that ends after the empty key, and its node tree then throws ArgumentException.
        var bag = new DiagnosticBag();
        Assert.Null(YamlSource.Parse(yaml, "site.yml", bag));
        var d = Only(bag);
        Assert.Equal((DiagnosticCodes.YamlSyntax, line), (d.Code, d.Line));
        Assert.Contains("a key is missing before the ':'", d.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("events:\n  - {on: 2024-03-01, type: scope_changed, occupations: [{code: \"4-03-02-01\", levels: [5]}]}\n")]
    [InlineData("events:\n  - on: 2024-03-01\n    occupations:\n      - {code: \"4-03-02-01\", levels: [5]}\n")]
    public void A_list_of_one_mapping_inside_an_event_is_read_not_refused(string yaml)
    {
        // The guard once popped its stack twice at the end of every complete mapping, so the event above lost its
        // count and was said to have a key without a value.
        var bag = new DiagnosticBag();
        Assert.NotNull(YamlSource.Parse(yaml, "institutions/000001.yml", bag));
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void An_alias_to_no_anchor_is_reported_at_the_alias()
    {
        var bag = new DiagnosticBag();
        Assert.Null(YamlSource.Parse("a: [1]\nb: *c\n", "site.yml", bag));
        Assert.Equal((2, 4), (Only(bag).Line, Only(bag).Column));
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_at_the_tab_not_at_the_top()
    {
        var bag = new DiagnosticBag();
        Assert.Null(YamlSource.Parse("a:\n  - 1\n\t- 2\n", "site.yml", bag));
        Assert.Equal((3, 1), (Only(bag).Line, Only(bag).Column));
    }

    [Theory]
    [InlineData(">")]
    [InlineData("*")]
    [InlineData("[")]
    public void Markdown_nested_past_markdigs_limit_is_an_error_not_an_exception(string mark)
    {
        var body = string.Concat(Enumerable.Repeat(mark, 200_000)) + "x" + (mark == "[" ? new string(']', 200_000) + "(/)" : mark == "*" ? new string('*', 200_000) : "");
        var bag = new DiagnosticBag();
        Assert.Null(PageReader.Parse("---\ntitle: \"深\"\nslug: \"deep\"\n---\n\n" + body + "\n", "pages/deep.md", bag));
        var d = Only(bag);
        Assert.Equal((DiagnosticCodes.MarkdownTooDeep, 6), (d.Code, d.Line));
    }

    [Fact]
    public void A_workbook_whose_styles_are_not_utf8_is_an_error_not_an_exception()
    {
        // MiniExcel threw XmlException from its styles reader.
        var workbook = XlsxInputs.Replacing("xl/styles.xml", xml => [.. Encoding.UTF8.GetBytes(xml[..200]), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(xml[200..])]);
        Assert.Contains(RosterFuzzTarget.Xlsx(workbook), e => e.MessageEn.StartsWith("the workbook cannot be read from here on (", StringComparison.Ordinal));
    }

    [Fact]
    public void A_workbook_whose_xml_declaration_runs_on_is_an_error_not_an_exception()
    {
        // System.Xml's XmlReader threw ArgumentOutOfRangeException while switching to the declared encoding.
        var workbook = XlsxInputs.Replacing("xl/workbook.xml", xml => Encoding.UTF8.GetBytes(xml.Replace("version=\"1.0\"", "version=\"1.0" + new string('女', 104) + "\"", StringComparison.Ordinal)));
        Assert.Contains(RosterFuzzTarget.Xlsx(workbook), e => e.MessageEn.StartsWith("not a readable .xlsx workbook (", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("xl/workbook.xml", "schemas.openxmlformats.org/spreadsheetml", "schemas.openxml(ormats.org/spreadsheetml", "InvalidOperationException")]
    [InlineData("xl/worksheets/sheet1.xml", "ref=\"A1:O4\"", "ref=\"A1+O4\"", "InvalidDataException")]
    [InlineData("xl/worksheets/sheet1.xml", "r=\"M1\"", "r=\"NaNM1\"", "InvalidDataException")]
    [InlineData("xl/workbook.xml", "sheetId=\"1\"", "sheetId=\"le\"", "FormatException")]
    public void A_workbook_that_MiniExcel_cannot_read_is_an_error_not_an_exception(string part, string find, string replace, string thrown)
    {
        var workbook = XlsxInputs.Replacing(part, xml => Encoding.UTF8.GetBytes(xml.Replace(find, replace, StringComparison.Ordinal)));
        var errors = RosterFuzzTarget.Xlsx(workbook);
        Assert.True(errors.Exists(e => e.MessageEn.StartsWith("the workbook cannot be read from here on (", StringComparison.Ordinal)),
            $"MiniExcel's {thrown} should be an error: {string.Join("; ", errors)}");
    }

    [Fact]
    public void A_tag_directive_without_a_prefix_inside_an_open_bracket_is_a_syntax_error_not_a_crash()
    {
        // The explanation of a syntax error reads the tokens again, and YamlDotNet's scanner throws an
        // ArgumentNullException, not a YAML error, at a %TAG directive that ends before its prefix.
        var bag = new DiagnosticBag();
        Assert.Null(YamlSource.Parse("a: {b: 1, lev%TAG ! tag:x,2024:\n%TAG ! ", "institutions/000001.yml", bag));
        Assert.Equal(DiagnosticCodes.YamlSyntax, Only(bag).Code);
    }
}
