using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SkillCert.Tests.Integration.Faults;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// A service that cannot listen where it is told (an address mistyped, a port another program holds) says so as its
/// SC8202 diagnostic line, in Chinese by default, and exits with code 2 instead of an unhandled exception.
/// </summary>
public sealed class ListenRefusalTests
{
    [Fact]
    public async Task A_mistyped_address_stops_the_start_with_SC8202_in_Chinese_and_exit_code_2()
    {
        var (code, output, errors) = await ServiceProcess.RunToEndAsync("--urls=127.0.0.1:5180");
        Assert.Equal(2, code);
        Assert.Contains("urls: 错误 SC8202: 监听地址“127.0.0.1:5180”写得不对", errors, StringComparison.Ordinal);
        Assert.Contains("核验服务没有启动：请改正上面的监听地址后再启动。", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("SkillCert is running", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_stops_the_start_with_SC8202_saying_it_is_taken()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
        var (code, _, errors) = await ServiceProcess.RunToEndAsync($"--urls=http://127.0.0.1:{port}", "--SkillCert:Language=en");
        Assert.Equal(2, code);
        Assert.Contains($"urls: error SC8202: cannot listen on 'http://127.0.0.1:{port}'", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_start_is_said_once_without_the_frameworks_English_stack()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
        var (code, output, errors) = await ServiceProcess.RunToEndAsync($"--urls=http://127.0.0.1:{port}");
        Assert.Equal(2, code);
        Assert.Contains("SC8202", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Hosting failed to start", output + errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + errors, StringComparison.Ordinal);
    }
}
