using SkillCert.Core.Numbers;

namespace SkillCert.Tests.Unit.Numbers;

/// The coding rule's own examples (附件5): each row is a number and the fields the rule says it carries.
public class CodingRuleExampleTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    public static TheoryData<string, string, char, string, string, string, int, int, int> Examples => new()
    {
        // The example row of the notice's table: Y · 0000 · 14 · 000001 · 19 · 3 · 00001.
        { "Y00001400000119300001", "notice-21", 'Y', "0000", "14", "000001", 2019, 3, 1 },
        // The same certificate under the national 22-character rule.
        { "Y000014000001193000001", "national-22", 'Y', "0000", "14", "000001", 2019, 3, 1 },
        // A third-party evaluator, highest level, last serial of the notice form.
        { "S00001400012321199999", "notice-21", 'S', "0000", "14", "000123", 2021, 1, 99999 },
        // Entry level (五级/初级工) in Beijing, national form.
        { "Y000011000042225000017", "national-22", 'Y', "0000", "11", "000042", 2022, 5, 17 },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_rules_examples_decode_to_the_fields_the_rule_describes(string text, string form, char category,
        string route, string province, string institution, int year, int level, int serial)
    {
        var decoded = CertificateNumber.Decode(text, Today);

        Assert.True(decoded.WellFormed, string.Join("; ", decoded.Errors.Select(e => e.Message)));
        var n = decoded.Number!;
        Assert.Equal(form, n.Form.Name);
        Assert.Equal((category, route, province, institution, year, level, serial),
            (n.Category, n.Route, n.Province, n.Institution, n.Year, n.Level, n.Serial));
        Assert.Equal(text, n.Format());
    }

    [Fact]
    public void The_example_level_3_means_the_senior_worker_grade()
    {
        var decoded = CertificateNumber.Decode("Y00001400000119300001", Today);

        Assert.Equal("三级/高级工", decoded.Fields!.Level.Meaning);
        Assert.Equal("山西省", decoded.Fields.Province.Meaning);
        Assert.Equal("2019 年", decoded.Fields.Year.Meaning);
    }
}
