using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace SkillCert.Tests.Integration.Deploy;

/// <summary>
/// Debian's nginx as the replicas' load balancer, in the foreground, with tests/replicas/nginx.conf (the long form's
/// own configuration) filled in: its pid, log and temporary files in <c>folder</c>, listening on a free loopback port.
/// </summary>
internal sealed class NginxBalancer : IAsyncDisposable
{
    private readonly Process _process;

    private NginxBalancer(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<NginxBalancer> StartAsync(string folder, IEnumerable<int> replicaPorts)
    {
        Directory.CreateDirectory(folder);
        var port = LoopbackPort.Free();
        var servers = string.Join('\n', replicaPorts.Select(p => $"        server 127.0.0.1:{p.ToString(CultureInfo.InvariantCulture)};"));
        var config = File.ReadAllText(Path.Combine(Build.RepositoryPaths.Root, "tests", "replicas", "nginx.conf"))
            .Replace("@DIR@", folder, StringComparison.Ordinal)
            .Replace("@PORT@", port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("@SERVERS@", servers, StringComparison.Ordinal);
        var configPath = Path.Combine(folder, "nginx.conf");
        File.WriteAllText(configPath, config);

        // Debian puts nginx in /usr/sbin, which is not on every user's PATH.
        var start = new ProcessStartInfo(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder,
        };
        foreach (var a in new[] { "-p", folder, "-c", configPath, "-e", Path.Combine(folder, "error.log") }) start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var balancer = new NginxBalancer(process, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"));
        try
        {
            await Api.Eventually.True(async () => process.HasExited || await ListensAsync(port), $"nginx listens on port {port}");
            if (process.HasExited)
            {
                var log = Path.Combine(folder, "error.log");
                throw new InvalidOperationException("nginx ended at start: " + await stderr + (File.Exists(log) ? File.ReadAllText(log) : ""));
            }
            return balancer;
        }
        catch
        {
            await balancer.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> ListensAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // The master and its workers: nothing of this nginx may outlive the test.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
