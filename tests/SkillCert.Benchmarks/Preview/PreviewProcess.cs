using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SkillCert.Benchmarks.Preview;

/// <summary>`skillcert serve` as its own process, as an administrator starts it, with what it prints kept for the report.</summary>
public sealed partial class PreviewProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;

    private PreviewProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _http = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    /// <summary>Every line the preview printed, in order.</summary>
    public ConcurrentQueue<string> Lines { get; } = new();

    [GeneratedRegex(@"(?<url>http://127\.0\.0\.1:\d+/)")]
    private static partial Regex Url();

    public static async Task<PreviewProcess> StartAsync(string skillcert, params string[] arguments)
    {
        // The published skillcert is a native executable; an older version's skillcert.dll runs under dotnet.
        var dll = skillcert.EndsWith(".dll", StringComparison.Ordinal);
        var start = new ProcessStartInfo(dll ? "dotnet" : skillcert) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (dll) start.ArgumentList.Add(skillcert);
        start.ArgumentList.Add("serve");
        foreach (var a in arguments) start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        var lines = new ConcurrentQueue<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            lines.Enqueue(line);
            if (Url().Match(line) is not { Success: true } m) continue;
            var preview = new PreviewProcess(process, new Uri(m.Groups["url"].Value));
            foreach (var l in lines) preview.Lines.Enqueue(l);
            _ = preview.KeepReadingAsync();
            return preview;
        }
        throw new InvalidOperationException("skillcert serve ended before it printed its address: " + await process.StandardError.ReadToEndAsync());
    }

    private async Task KeepReadingAsync()
    {
        _ = _process.StandardError.ReadToEndAsync();
        while (await _process.StandardOutput.ReadLineAsync() is { } line) Lines.Enqueue(line);
    }

    /// <summary>Waits until the preview shows a whole snapshot whose every page is rendered and checked: a quiet server.</summary>
    public async Task WaitUntilCheckedAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(10);
        while (DateTime.UtcNow < deadline)
        {
            using var state = JsonDocument.Parse(await _http.GetStringAsync("__skillcert/state.json"));
            var root = state.RootElement;
            if (root.GetProperty("shown").GetBoolean() && !root.GetProperty("checking").GetBoolean() && !root.GetProperty("provisional").GetBoolean())
                return;
            await Task.Delay(100);
        }
        throw new TimeoutException("the preview did not finish checking its pages within 10 minutes");
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
