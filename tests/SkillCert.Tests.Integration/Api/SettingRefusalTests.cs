using SkillCert.Tests.Integration.Faults;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// A service started with a setting it cannot work with says which one and why, as a diagnostic line in its language,
/// and exits with code 2: no stack trace, no listening.
/// </summary>
public sealed class SettingRefusalTests
{
    private const string Key = "SkillCert:RateLimit:WrongNamesPerCertificate";

    [Fact]
    public async Task A_setting_out_of_range_stops_the_start_with_its_key_and_code_in_Chinese_and_exit_code_2()
    {
        var (code, output, errors) = await ServiceProcess.RunToEndAsync($"--{Key}=0");
        Assert.Equal(2, code);
        Assert.Contains($"{Key}: 错误 SC8200: 设置值 0 不在 1 到 255 之间", errors, StringComparison.Ordinal);
        Assert.Contains("核验服务没有启动", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("SkillCert is running", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_refusal_is_English_when_the_service_language_is_en()
    {
        var (code, _, errors) = await ServiceProcess.RunToEndAsync($"--{Key}=0", "--SkillCert:Language=en");
        Assert.Equal(2, code);
        Assert.Contains($"{Key}: error SC8200: 0 is not between 1 and 255", errors, StringComparison.Ordinal);
        Assert.Contains("the verification service did not start", errors, StringComparison.Ordinal);
    }
}
