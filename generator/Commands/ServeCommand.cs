using System.CommandLine;
using Microsoft.Extensions.Hosting;
using SkillCert.Generator.Preview;

namespace SkillCert.Generator.Commands;

/// <summary>
/// <c>skillcert serve</c>: a live preview for administrators on 127.0.0.1. It checks and shows the site as <c>build</c>
/// would make it, keeps it in memory, and reloads the open pages after every saved edit; nothing is written to disk.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var port = new Option<int>("--port")
        {
            HelpName = HelpWords.Port,
            Description = HelpWords.Of($"在 127.0.0.1 上监听的端口（默认：{PreviewOptions.DefaultPort}；写 0 则自动选一个空闲端口）", $"The port on 127.0.0.1 to listen on (default: {PreviewOptions.DefaultPort}; 0 picks a free one)"),
            DefaultValueFactory = _ => PreviewOptions.DefaultPort,
        };
        var asOf = CommonOptions.AsOf();
        asOf.Description = HelpWords.Of("预览哪一天的目录，写成 yyyy-MM-dd（默认：今天）；“变化”页列出和今天不同的地方", "The day the preview shows, as yyyy-MM-dd (default: today); the 变化 page lists what differs from today");
        var export = CommonOptions.Export();
        var command = new Command("serve", HelpWords.Of("边改边在 127.0.0.1 上预览网站：页面自动刷新，问题直接显示在页面上", "Preview the site on 127.0.0.1 while you edit: pages reload by themselves, and problems show over the page"))
        {
            content, templates, port, asOf, export,
        };
        command.SetAction((parse, cancel) => RunAsync(new PreviewOptions(parse.GetValue(content)!, parse.GetValue(templates)!, parse.GetValue(port),
            parse.GetValue(asOf), DateOnly.FromDateTime(DateTime.Now), parse.GetValue(export)), cancel));
        return command;
    }

    private static async Task<int> RunAsync(PreviewOptions options, CancellationToken cancel)
    {
        foreach (var (name, dir) in new[] { ("--content", options.ContentDir), ("--templates", options.TemplatesDir) })
        {
            if (Directory.Exists(dir)) continue;
            Console.Error.WriteLine($"skillcert serve: 找不到文件夹 {dir}；用 {name} 指定它所在的位置");
            return ExitCodes.UsageError;
        }
        if (options.Port is < 0 or > 65535)
        {
            Console.Error.WriteLine($"skillcert serve: --port {options.Port} 不是端口号；请给 1 到 65535 之间的数，或 0（自动选一个空闲端口）");
            return ExitCodes.UsageError;
        }
        // A rebuild fills the thread pool with its parallel loops; a request that had to wait for the pool to grow (one thread
        // every half second) would keep the edited page from showing for seconds. Threads at hand cost little.
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(Math.Max(workers, 4 * Environment.ProcessorCount + 8), ports);
        // The watcher starts before the first read, so that an edit made while the preview starts is not missed.
        using var watcher = new ContentWatcher(options.ContentDir, options.TemplatesDir);
        var preview = new LivePreview(new PreviewBuild(options), Console.Out);
        await preview.StartAsync();
        await using var app = PreviewServer.Create(preview);
        try
        {
            await app.StartAsync(cancel);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"skillcert serve: 无法在 127.0.0.1:{options.Port} 上启动（{e.Message}）；端口可能已被占用，用 --port 换一个，或 --port 0 自动选择");
            return ExitCodes.UsageError;
        }
        Console.Out.WriteLine($"预览已启动，请在浏览器中打开：{PreviewServer.Address(app)}");
        Console.Out.WriteLine("修改 content/ 或 site-templates/ 中的文件并保存，打开的页面会自动刷新。按 Ctrl+C 停止预览。");
        using var stopping = cancel.Register(() => app.Lifetime.StopApplication());
        var watching = preview.WatchAsync(watcher.Changes, app.Lifetime.ApplicationStopping);
        await app.WaitForShutdownAsync(CancellationToken.None);
        await watching;
        return ExitCodes.Success;
    }
}
