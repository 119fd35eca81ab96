using System.Text.Json;

namespace SkillCert.Tests.Integration.Cli;

[Trait(SkillcertLaunch.Trait, SkillcertLaunch.Skillcert)]
public class DecodeCommandTests
{
    [Fact]
    public async Task Decode_exits_zero_when_every_number_is_well_formed()
    {
        var (code, stdout, _) = await SkillcertProcess.RunAsync("decode", "Y00001400000119300001", "Y000014000001193000001");
        Assert.Equal(0, code);
        Assert.Contains("Y00001400000119300001：格式正确（notice-21，", stdout, StringComparison.Ordinal);
        Assert.Contains("Y000014000001193000001：格式正确（national-22，", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decode_of_a_bad_number_prints_its_problem_in_Chinese_with_its_code_by_default()
    {
        var (code, stdout, _) = await SkillcertProcess.RunAsync("decode", "Y000014000001193000001", "X000014000001193000001");
        Assert.Equal(1, code);
        Assert.Contains("X000014000001193000001: 错误 SC9001: 类别：第 1 位应为 Y（企业用人单位）或 S（第三方评价机构），实际为“X”", stdout, StringComparison.Ordinal);
        Assert.Contains("  类别    X       ✗", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decode_of_a_bad_number_prints_English_with_lang_en()
    {
        var (code, stdout, _) = await SkillcertProcess.RunAsync("decode", "--lang", "en", "X000014000001193000001");
        Assert.Equal(1, code);
        Assert.Contains("X000014000001193000001: error SC9001: category: expected Y (employer) or S (third-party evaluator); got 'X'", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("错误", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decode_says_in_Chinese_what_it_cleaned_from_a_typed_number()
    {
        var (code, stdout, _) = await SkillcertProcess.RunAsync("decode", "ｙ0000 14 000001 19 3 00001");
        Assert.Equal(0, code);
        Assert.Contains("输入的是“ｙ0000 14 000001 19 3 00001”；去掉了空格，全角字符改成了半角，小写字母改成了大写", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decode_json_prints_one_object_per_line_in_the_documented_shape()
    {
        var (code, stdout, _) = await SkillcertProcess.RunAsync("decode", "--json", "ｙ0000 14 000001 19 3 00001", "Y0000990000011930000");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, code);
        Assert.Equal(2, lines.Length);

        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal("Y00001400000119300001", root.GetProperty("normalized").GetString());
        Assert.Equal("notice-21", root.GetProperty("form").GetString());
        Assert.True(root.GetProperty("wellFormed").GetBoolean());
        Assert.Equal("3", root.GetProperty("fields").GetProperty("level").GetProperty("value").GetString());
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());

        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("form").ValueKind);
        Assert.Equal("number", second.RootElement.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Decode_without_a_number_is_a_usage_error()
    {
        var (code, _, stderr) = await SkillcertProcess.RunAsync("decode");
        Assert.NotEqual(0, code);
        Assert.False(string.IsNullOrWhiteSpace(stderr));
    }
}
