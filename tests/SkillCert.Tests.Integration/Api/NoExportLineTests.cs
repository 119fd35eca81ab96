using SkillCert.Tests.Integration.Faults;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// A service started with no export says so in one line, in its language only. A mistyped address ends each start right
/// after that line, so that no test has to stop a service that would otherwise run.
/// </summary>
public sealed class NoExportLineTests
{
    [Fact]
    public async Task The_line_is_Chinese_by_default()
    {
        var (_, output, _) = await ServiceProcess.RunToEndAsync("--urls=127.0.0.1:5180");
        Assert.Contains("没有配置 SkillCert:Export，所以不核验任何证书", output, StringComparison.Ordinal);
        Assert.DoesNotContain("No SkillCert:Export", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_line_is_English_when_the_service_speaks_English()
    {
        var (_, output, _) = await ServiceProcess.RunToEndAsync("--urls=127.0.0.1:5180", "--SkillCert:Language=en");
        Assert.Contains("No SkillCert:Export is configured, so no certificate is verified", output, StringComparison.Ordinal);
        Assert.DoesNotContain("没有配置", output, StringComparison.Ordinal);
    }
}
