using System.Text.Json;
using SkillCert.Tests.Integration.Build;
using SkillCert.Tests.Integration.Cli;
using SkillCert.Tests.Integration.Export;

namespace SkillCert.Tests.Integration.Content;

/// History is dated, never rewritten: a rename is an event, and `skillcert check` warns when an edit rewrites what the
/// published site (or an export) showed.
[Trait(SkillcertLaunch.Trait, SkillcertLaunch.Skillcert)]
public class PublishedHistoryTests
{
    private const string Filed = "忻州示例机械1有限公司";
    private const string Renamed = "忻州示例重工有限公司";
    private const string File1 = "content/institutions/000001.yml";
    private const string Rename = "events:\n  - {on: 2025-03-01, type: renamed, name: \"" + Renamed + "\", note: \"工商变更登记\"}";

    private static Task<(int ExitCode, string Stdout, string Stderr)> Check(ContentTree tree, params string[] more) =>
        SkillcertProcess.RunInAsync(tree.Root, ["check", "--content", "content", "--templates", RepositoryPaths.SiteTemplates, "--as-of", "2025-06-30", "--lang", "en", .. more]);

    /// A tree whose institution 000001 was published on 2025-01-01 in the tree's _site.
    private static ContentTree Published()
    {
        var tree = new ContentTree();
        tree.Institution(1, extra: "events:\n  - {on: 2024-06-01, type: suspended, note: 整改}\n  - {on: 2024-08-01, type: reinstated}");
        SiteBuild.Succeed(tree);
        return tree;
    }

    private static void Edit(ContentTree tree, string from, string to)
    {
        var file = Path.Combine(tree.Dir, "institutions", "000001.yml");
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static string Name(ContentTree tree) =>
        JsonDocument.Parse(SiteBuild.Read(tree, "catalogue/000001/index.json")).RootElement.GetProperty("name").GetString()!;

    [Fact]
    public void The_site_shows_the_name_in_force_on_its_day()
    {
        using var tree = new ContentTree();
        tree.Institution(1, extra: Rename);
        Assert.True(SiteBuild.Run(tree, asOf: new DateOnly(2025, 2, 28)).Result.Succeeded);
        Assert.Equal(Filed, Name(tree));
        Assert.True(SiteBuild.Run(tree, asOf: new DateOnly(2025, 3, 1)).Result.Succeeded);
        Assert.Equal(Renamed, Name(tree));
        Assert.Contains($"<h1>{Renamed}</h1>", SiteBuild.Read(tree, "catalogue/000001/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_history_keeps_the_filed_name_and_dates_the_rename()
    {
        using var tree = new ContentTree();
        tree.Institution(1, extra: Rename);
        Assert.True(SiteBuild.Run(tree, asOf: new DateOnly(2025, 3, 1)).Result.Succeeded);
        var events = JsonDocument.Parse(SiteBuild.Read(tree, "catalogue/000001/index.json")).RootElement.GetProperty("events");
        Assert.Equal(("filed", Filed), (events[0].GetProperty("type").GetString(), events[0].GetProperty("name").GetString()));
        Assert.Equal(("2025-03-01", "renamed", Renamed),
            (events[1].GetProperty("on").GetString(), events[1].GetProperty("type").GetString(), events[1].GetProperty("name").GetString()));
        Assert.Contains($"更名为“{Renamed}”（原名“{Filed}”）", SiteBuild.Read(tree, "catalogue/000001/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rename_recorded_as_an_event_passes_check_against_the_published_site()
    {
        using var tree = Published();
        Edit(tree, "  - {on: 2024-08-01, type: reinstated}", "  - {on: 2024-08-01, type: reinstated}\n  - {on: 2025-03-01, type: renamed, name: \"" + Renamed + "\"}");
        var (exit, stdout, stderr) = await Check(tree);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains("compared with what was published: _site/data/catalogue.json, as of 2025-01-01 (1 institutions)", stdout, StringComparison.Ordinal);
    }

    /// Publishes the tree, makes one edit, and runs check, which passes (warnings only); returns its standard error.
    private static async Task<string> WarningsAfterEdit(string from, string to)
    {
        using var tree = Published();
        Edit(tree, from, to);
        var (exit, _, stderr) = await Check(tree);
        Assert.Equal(0, exit);
        return stderr;
    }

    [Fact]
    public async Task Editing_the_name_without_an_event_warns_at_the_name_key()
    {
        var stderr = await WarningsAfterEdit($"name: \"{Filed}\"", $"name: \"{Renamed}\"");
        Assert.StartsWith($"{File1}:4:1: warning SC2202: name was published as \"{Filed}\" (_site/data/catalogue.json, as of 2025-01-01) " +
            $"and now reads \"{Renamed}\"", stderr, StringComparison.Ordinal);
        Assert.Contains($"{{on: yyyy-MM-dd, type: renamed, name: \"{Renamed}\"}}", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_the_filed_scope_without_an_event_warns_at_the_occupations_key()
    {
        var stderr = await WarningsAfterEdit("levels: [5, 4, 3]}", "levels: [5, 4, 3, 2]}");
        Assert.StartsWith($"{File1}:14:1: warning SC2203: occupations, the scope filed on 2024-03-01, differs from what was published " +
            "(_site/data/catalogue.json, as of 2025-01-01): 6-18-01-01/数控车工 levels 5 4 3 → 5 4 3 2.", stderr, StringComparison.Ordinal);
        Assert.Contains("type: scope_changed", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_event_that_is_gone_warns_at_the_events_key()
    {
        var stderr = await WarningsAfterEdit("\n  - {on: 2024-06-01, type: suspended, note: 整改}", "");
        Assert.StartsWith($"{File1}:16:1: warning SC2204: the suspended event of 2024-06-01 was published", stderr, StringComparison.Ordinal);
        Assert.Contains("Put it back: {on: 2024-06-01, type: suspended, note: \"整改\"}", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_event_that_was_changed_warns_at_the_event() =>
        Assert.StartsWith($"{File1}:17:5: warning SC2205: this event was published as {{on: 2024-06-01, type: suspended, note: \"整改\"}}",
            await WarningsAfterEdit("note: 整改}", "note: 停业整顿}"), StringComparison.Ordinal);

    [Fact]
    public async Task A_published_institution_whose_file_is_gone_warns()
    {
        using var tree = Published();
        File.Delete(Path.Combine(tree.Dir, "institutions", "000001.yml"));
        var (_, _, stderr) = await Check(tree);
        Assert.StartsWith($"{File1}: warning SC2206: institution 000001 ({Filed}) was published", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_site_or_an_export_check_says_in_one_line_that_it_did_not_compare()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        var (exit, stdout, _) = await Check(tree);
        Assert.Equal(0, exit);
        Assert.Single(stdout.Split('\n'), l => l.StartsWith("not compared with what was published: there is no site at _site and no --export; " +
            "give --site DIR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_published_site_that_cannot_be_read_is_warning_SC6003_in_Chinese_by_default()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        Directory.CreateDirectory(Path.Combine(tree.Root, "_site", "data"));
        File.WriteAllText(Path.Combine(tree.Root, "_site", "data", "catalogue.json"), "{ not json");
        var (exit, stdout, stderr) = await SkillcertProcess.RunInAsync(tree.Root,
            "check", "--content", "content", "--templates", RepositoryPaths.SiteTemplates, "--as-of", "2025-06-30");
        Assert.Equal(0, exit);
        Assert.StartsWith("_site/data/catalogue.json: 警告 SC6003: 无法和已发布的内容比较：_site/data/catalogue.json 读不出来（", stderr, StringComparison.Ordinal);
        Assert.Single(stdout.Split('\n'), l => l.StartsWith("没有和已发布的内容比较：_site/data/catalogue.json 读不出来（", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_site_folder_that_does_not_exist_is_a_usage_error()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        var (exit, _, stderr) = await Check(tree, "--site", "elsewhere");
        Assert.Equal(2, exit);
        Assert.Contains("--site elsewhere: no such folder", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_export_check_compares_with_the_filings_it_stores()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-3", s.Line());
        Assert.Equal(0, s.Export().ExitCode);
        var file = Path.Combine(s.Content, "institutions", "000001.yml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("忻州示例000001有限公司", "忻州示例000001集团有限公司", StringComparison.Ordinal));
        var (exit, stdout, stderr) = await SkillcertProcess.RunInAsync(s.Root, "check", "--content", "content", "--templates", RepositoryPaths.SiteTemplates,
            "--export", "out/certificates.db", "--as-of", ExportScenario.AsOf, "--lang", "en");
        Assert.Equal(0, exit);
        Assert.Contains("content/institutions/000001.yml:4:1: warning SC2202: name was published as \"忻州示例000001有限公司\" (out/certificates.db, as of 2025-06-30)",
            stderr, StringComparison.Ordinal);
        Assert.Contains("compared with what was published: out/certificates.db, as of 2025-06-30 (2 institutions)", stdout, StringComparison.Ordinal);
    }
}
