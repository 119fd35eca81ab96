using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SkillCert.Rendering.Site;
using SkillCert.Tests.Integration.Build;
using SkillCert.Tests.Integration.Cli;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Preview;

/// <summary>`skillcert serve` as an administrator runs it: its own process, the real watcher, HTTP on a free port.</summary>
[Trait(SkillcertLaunch.Trait, SkillcertLaunch.Skillcert)]
public partial class ServeCommandTests
{
    private static readonly string Templates = RepositoryPaths.SiteTemplates;

    [GeneratedRegex("""<link rel="stylesheet" href="/__skillcert/[^"]*"><script src="/__skillcert/[^"]*" data-token="[^"]*" defer></script>""")]
    private static partial Regex Injected();

    [GeneratedRegex("""data-token="(?<token>[^"]*)" """)]
    private static partial Regex Token();

    private static ContentTree SmallTree()
    {
        var tree = new ContentTree();
        tree.Institution(1, filedOn: "2023-03-01");
        tree.Institution(2, filedOn: "2023-05-01");
        tree.Page("faq", "常见问题", "见[机构目录](/catalogue/)。");
        return tree;
    }

    private static Task<ServeProcess> ServeAsync(ContentTree tree, params string[] more) =>
        ServeProcess.StartAsync(tree.Root, ["--content", "content", "--templates", Templates, "--port", "0", .. more]);

    [Fact]
    public async Task The_preview_listens_on_127_0_0_1_only()
    {
        using var tree = SmallTree();
        await using var serve = await ServeAsync(tree);

        Assert.Equal("127.0.0.1", serve.Address.Host);
        Assert.Contains("预览已启动", serve.Output, StringComparison.Ordinal);
        // Every listening socket on the port, IPv4 and IPv6, as the kernel lists them: one, on 127.0.0.1.
        var port = serve.Address.Port.ToString("X4", CultureInfo.InvariantCulture);
        var listening = new[] { "/proc/net/tcp", "/proc/net/tcp6" }
            .SelectMany(File.ReadLines).Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f[3] == "0A" && f[1].EndsWith(":" + port, StringComparison.Ordinal)).Select(f => f[1]).ToArray();
        Assert.Equal(["0100007F:" + port], listening);
    }

    [Fact]
    public async Task The_preview_s_policy_lets_the_pages_reach_the_service_at_verify_url()
    {
        // The preview serves no service: the pages' forms and scan.js go to verify_url, another host in the tree.
        using var tree = SmallTree();
        await using var serve = await ServeAsync(tree);
        using var response = await serve.Http.GetAsync("scan/");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("connect-src 'self' https://verify.example.org/;", policy, StringComparison.Ordinal);
        Assert.EndsWith("form-action 'self' https://verify.example.org/", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_refused_with_the_way_out()
    {
        using var tree = SmallTree();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

        var (exit, _, stderr) = await ServeProcess.RunToEndAsync(tree.Root, "--content", "content", "--templates", Templates, "--port", port);

        Assert.Equal(2, exit);
        Assert.Contains($"127.0.0.1:{port}", stderr, StringComparison.Ordinal);
        Assert.Contains("--port 0", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_pages_the_preview_serves_carry_its_script()
    {
        using var tree = SmallTree();
        var today = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (exit, stdout, stderr) = await SkillcertProcess.RunInAsync(tree.Root, "build", "--content", "content", "--templates", Templates,
            "--out", "_site", "--as-of", today);
        Assert.True(exit == 0, stdout + stderr);
        await using var serve = await ServeAsync(tree);
        await serve.WaitUntilCheckedAsync();

        var built = SiteBuild.Snapshot(tree.Out);
        Assert.All(built, f => Assert.DoesNotContain("__skillcert", System.Text.Encoding.UTF8.GetString(f.Value), StringComparison.Ordinal));
        // The compress stage's .gz twins are for a production server; the preview serves the files they compress.
        foreach (var (path, bytes) in built.Where(f => !CompressedTwinNames.IsTwin(f.Key)))
        {
            var url = path.EndsWith("index.html", StringComparison.Ordinal) ? "/" + path[..^"index.html".Length] : "/" + path;
            using var response = await serve.Http.GetAsync(url.TrimStart('/'));
            Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
            var served = await response.Content.ReadAsByteArrayAsync();
            if (!path.EndsWith(".html", StringComparison.Ordinal))
            {
                Assert.True(served.AsSpan().SequenceEqual(bytes), $"{url} is not served as built");
                continue;
            }
            var page = System.Text.Encoding.UTF8.GetString(served);
            Assert.Single(Injected().Matches(page));
            Assert.Equal(System.Text.Encoding.UTF8.GetString(bytes), Injected().Replace(page, ""));
        }
    }

    [Fact]
    public async Task A_failed_check_lays_every_problem_over_the_last_good_page_with_its_line()
    {
        using var tree = SmallTree();
        await using var serve = await ServeAsync(tree);
        await serve.WaitForPageAsync("/catalogue/000001/", "忻州示例机械1有限公司");

        tree.Institution(1, name: "忻州改过机械有限公司", filedOn: "2023-02-30");
        var page = await serve.WaitForPageAsync("/catalogue/000001/", "skillcert-overlay");

        var (_, _, stderr) = await SkillcertProcess.RunInAsync(tree.Root, "check", "--content", "content", "--templates", Templates);
        var error = stderr.Split('\n').Single(l => l.Contains(": 错误 SC", StringComparison.Ordinal));
        var line = int.Parse(error.Split(':')[1], CultureInfo.InvariantCulture);
        var overlay = new HtmlParser().ParseDocument(page).QuerySelector(".skillcert-overlay")!;
        Assert.Contains("忻州示例机械1有限公司", page, StringComparison.Ordinal);
        Assert.DoesNotContain("忻州改过机械有限公司", page.Replace(overlay.OuterHtml, "", StringComparison.Ordinal), StringComparison.Ordinal);
        var problem = overlay.QuerySelector(".skillcert-problem")!;
        Assert.Contains(Path.Combine("content", "institutions", "000001.yml"), problem.TextContent, StringComparison.Ordinal);
        Assert.Contains($"第 {line} 行", problem.TextContent, StringComparison.Ordinal);
        Assert.Contains(File.ReadLines(Path.Combine(tree.Dir, "institutions", "000001.yml")).ElementAt(line - 1),
            problem.QuerySelector(".skillcert-source")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(problem.QuerySelector(".skillcert-caret"));

        tree.Institution(1, name: "忻州改过机械有限公司", filedOn: "2023-02-28");
        page = await serve.WaitForPageAsync("/catalogue/000001/", "忻州改过机械有限公司");
        Assert.DoesNotContain("skillcert-overlay", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_changes_the_token_of_the_pages_it_touches_and_no_other()
    {
        using var tree = SmallTree();
        await using var serve = await ServeAsync(tree);
        await serve.WaitUntilCheckedAsync();
        string[] pages = ["/catalogue/000001/", "/catalogue/000002/", "/pages/faq/"];
        var before = await TokensAsync(serve, pages);

        tree.Institution(1, filedOn: "2023-03-01", extra: "events:\n  - {on: 2024-10-01, type: suspended, note: 整改}");
        await serve.WaitForPageAsync("/catalogue/000001/", "整改");
        await serve.WaitUntilCheckedAsync();
        var after = await TokensAsync(serve, pages);

        Assert.NotEqual(before[0], after[0]);
        Assert.Equal(before[1..], after[1..]);
    }

    private static async Task<string[]> TokensAsync(ServeProcess serve, string[] pages) =>
        await Task.WhenAll(pages.Select(async p => Token().Match(await serve.GetAsync(p)).Groups["token"].Value));

    [Fact]
    public async Task The_changes_page_lists_each_institution_whose_status_changes_by_the_day_and_why()
    {
        using var tree = new ContentTree();
        var today = DateOnly.FromDateTime(DateTime.Now);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        tree.Institution(1, name: "忻州到期机械有限公司", filedOn: Day(today.AddYears(-3).AddDays(60)));
        tree.Institution(2, name: "忻州移出机械有限公司", filedOn: Day(today.AddDays(-100)),
            extra: $"events:\n  - {{on: {Day(today.AddDays(30))}, type: removed, note: 违规开展认定}}");
        tree.Institution(3, name: "忻州不变机械有限公司", filedOn: Day(today.AddDays(-100)));
        await using var serve = await ServeAsync(tree, "--as-of", Day(today.AddDays(120)));
        await serve.WaitUntilCheckedAsync();

        var home = await serve.GetAsync("/");
        Assert.Contains("/__skillcert/changes", home, StringComparison.Ordinal);
        var rows = new HtmlParser().ParseDocument(await serve.GetAsync("/__skillcert/changes")).QuerySelectorAll("tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToArray();

        Assert.Equal(2, rows.Length);
        Assert.Contains("忻州到期机械有限公司", rows[0][0], StringComparison.Ordinal);
        Assert.Equal(["即将到期", "已过期"], rows[0][1..3]);
        Assert.StartsWith("备案有效期", rows[0][3], StringComparison.Ordinal);
        Assert.Contains("忻州移出机械有限公司", rows[1][0], StringComparison.Ordinal);
        Assert.Equal(["有效", "已移出"], rows[1][1..3]);
        Assert.StartsWith("目录变动事件", rows[1][3], StringComparison.Ordinal);
        Assert.Contains("违规开展认定", rows[1][3], StringComparison.Ordinal);
    }
}
