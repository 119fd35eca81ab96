using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SkillCert.Tests.Integration.Cli;

namespace SkillCert.Tests.Integration.Preview;

/// <summary>
/// `skillcert serve` in a process of its own, on a free port, as an administrator starts it; what it prints is kept.
/// Shared with the browser tests.
/// </summary>
internal sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private ServeProcess(Process process, Uri address, string printed)
    {
        _process = process;
        Address = address;
        _output.Append(printed);
        Http = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    /// <summary>What the preview has printed so far, standard output then standard error as they came.</summary>
    public string Output
    {
        get
        {
            lock (_gate) return _output.ToString();
        }
    }

    [GeneratedRegex(@"(?<url>http://127\.0\.0\.1:\d+/)")]
    private static partial Regex Url();

    /// <summary>Starts the preview and returns once it prints its address; throws with what it printed if it ends first.</summary>
    public static async Task<ServeProcess> StartAsync(string workingDirectory, params string[] arguments)
    {
        var start = Start(workingDirectory, arguments);
        var process = Process.Start(start)!;
        var printed = new StringBuilder();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                printed.AppendLine(line);
                if (Url().Match(line) is not { Success: true } m) continue;
                var serve = new ServeProcess(process, new Uri(m.Groups["url"].Value), printed.ToString());
                _ = serve.KeepReading(process.StandardOutput);
                _ = serve.KeepReading(process.StandardError);
                return serve;
            }
            throw new InvalidOperationException($"skillcert serve ended before it printed its address:\n{printed}{await process.StandardError.ReadToEndAsync()}");
        }
        catch
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
            throw;
        }
    }

    /// <summary>Runs `skillcert serve` to its end, for the cases where it must refuse to start.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunToEndAsync(string workingDirectory, params string[] arguments)
    {
        using var process = Process.Start(Start(workingDirectory, arguments))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static ProcessStartInfo Start(string workingDirectory, string[] arguments)
    {
        var start = SkillcertLaunch.Of(["serve", .. arguments]);
        start.WorkingDirectory = workingDirectory;
        return start;
    }

    private async Task KeepReading(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (_gate) _output.AppendLine(line);
        }
    }

    public Task<string> GetAsync(string path) => Http.GetStringAsync(path.TrimStart('/'));

    /// <summary>Waits until the preview's state (its /__skillcert/state.json) satisfies <paramref name="condition"/>.</summary>
    public async Task WaitForStateAsync(Func<JsonElement, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            using var state = JsonDocument.Parse(await GetAsync("/__skillcert/state.json"));
            if (condition(state.RootElement)) return;
            await Task.Delay(50);
        }
        throw new TimeoutException($"within 60 s: {what}\n{Output}");
    }

    /// <summary>Waits until every page of what the preview shows is rendered and checked: nothing is left to change.</summary>
    public Task WaitUntilCheckedAsync() => WaitForStateAsync(
        s => s.GetProperty("shown").GetBoolean() && !s.GetProperty("checking").GetBoolean() && !s.GetProperty("provisional").GetBoolean(),
        "the preview checked every page");

    /// <summary>Waits until the page at <paramref name="path"/> contains <paramref name="text"/>.</summary>
    public async Task<string> WaitForPageAsync(string path, string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var page = "";
        while (DateTime.UtcNow < deadline)
        {
            using var response = await Http.GetAsync(path.TrimStart('/'));
            page = await response.Content.ReadAsStringAsync();
            if (page.Contains(text, StringComparison.Ordinal)) return page;
            await Task.Delay(50);
        }
        throw new TimeoutException($"within 60 s, {path} did not show \"{text}\"; it reads:\n{page}\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
