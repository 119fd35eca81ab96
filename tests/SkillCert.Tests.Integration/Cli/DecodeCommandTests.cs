using System.Text.Json;

namespace SkillCert.Tests.Integration.Cli;

public class DecodeCommandTests
{
    [Fact]
    public async Task Decode_exits_zero_when_every_number_is_well_formed()
    {
        var (code, stdout, _) = await SkillcertProcess.RunAsync("decode", "Y00001400000119300001", "Y000014000001193000001");
        Assert.Equal(0, code);
        Assert.Contains("well formed (notice-21)", stdout, StringComparison.Ordinal);
        Assert.Contains("well formed (national-22)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decode_exits_one_when_any_number_is_malformed()
    {
        var (code, stdout, _) = await SkillcertProcess.RunAsync("decode", "Y000014000001193000001", "X000014000001193000001");
        Assert.Equal(1, code);
        Assert.Contains("error: category", stdout, StringComparison.Ordinal);
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
