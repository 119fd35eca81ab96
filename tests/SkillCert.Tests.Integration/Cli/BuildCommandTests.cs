using SkillCert.Tests.Integration.Build;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Cli;

/// `skillcert build` and `skillcert check` as processes: exit codes, diagnostics on stderr, plain progress when redirected.
[Trait(SkillcertLaunch.Trait, SkillcertLaunch.Skillcert)]
public class BuildCommandTests
{
    private static string[] Build(ContentTree tree, params string[] extra) =>
        ["build", "--content", tree.Dir, "--templates", RepositoryPaths.SiteTemplates, "--out", tree.Out, "--as-of", "2025-01-01", .. extra];

    [Fact]
    public async Task Build_exits_zero_and_prints_one_plain_line_per_stage_in_Chinese_when_redirected()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        var (code, stdout, stderr) = await SkillcertProcess.RunAsync(Build(tree));
        Assert.True(code == 0, stderr);
        foreach (var stage in new[] { "读取：1 个机构", "检查：", "生成页面：生成了 ", "检查链接：", "写入：写入 " })
            Assert.Contains("\n" + stage, "\n" + stdout, StringComparison.Ordinal);
        Assert.Contains("已生成 ", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(tree.Out, "index.html")));
    }

    [Fact]
    public async Task Build_prints_its_stage_lines_in_English_with_lang_en()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        var (code, stdout, stderr) = await SkillcertProcess.RunAsync([.. Build(tree), "--lang", "en"]);
        Assert.True(code == 0, stderr);
        foreach (var stage in new[] { "load: 1 institutions", "check:", "render:", "verify links:", "write:" })
            Assert.Contains("\n" + stage, "\n" + stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_exits_one_on_bad_content_and_names_the_file_and_line()
    {
        using var tree = new ContentTree();
        var file = tree.Institution(1, scope: "  - {code: \"6-18-01-99\", levels: [5]}");
        var (code, stdout, stderr) = await SkillcertProcess.RunAsync(Build(tree));
        Assert.Equal(1, code);
        Assert.Contains($"{file}:15:12: 错误 SC2104:", stderr, StringComparison.Ordinal);
        Assert.Contains("没有发布", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(tree.Out));
    }

    [Fact]
    public async Task Build_exits_two_when_the_content_folder_is_missing()
    {
        using var tree = new ContentTree(withDefaults: false);
        var (code, _, stderr) = await SkillcertProcess.RunAsync("build", "--content", Path.Combine(tree.Root, "nowhere"),
            "--templates", RepositoryPaths.SiteTemplates, "--out", tree.Out);
        Assert.Equal(2, code);
        Assert.Contains("错误 SC1006: 内容文件夹不存在；请用 --content 指向它", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_build_says_its_problem_as_a_diagnostic_and_counts_it()
    {
        using var tree = new ContentTree(withDefaults: false);
        var (code, stdout, stderr) = await SkillcertProcess.RunAsync("build", "--content", Path.Combine(tree.Root, "nowhere"),
            "--templates", RepositoryPaths.SiteTemplates, "--out", tree.Out, "--json");
        Assert.Equal(2, code);
        using var line = System.Text.Json.JsonDocument.Parse(stderr.Trim());
        Assert.Equal("SC1006", line.RootElement.GetProperty("code").GetString());
        Assert.Contains("1 个错误", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_rejects_an_as_of_that_is_not_a_date_as_a_usage_error()
    {
        using var tree = new ContentTree();
        var (code, _, stderr) = await SkillcertProcess.RunAsync("build", "--content", tree.Dir, "--as-of", "tomorrow");
        Assert.Equal(2, code);
        Assert.Contains("yyyy-MM-dd", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_reports_a_template_error_at_the_template_line_and_writes_nothing()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        var templates = RepositoryPaths.CopyTemplates(tree.Root);
        File.WriteAllText(Path.Combine(templates, "404.html"), "{{ include 'partials/head.html' }}\n<h1>{{ if title }}</h1>\n");
        var before = Directory.EnumerateFileSystemEntries(tree.Root, "*", SearchOption.AllDirectories).Count();
        var (code, _, stderr) = await SkillcertProcess.RunAsync("check", "--content", tree.Dir, "--templates", templates, "--as-of", "2025-01-01");
        Assert.Equal(1, code);
        Assert.Contains($"{Path.Combine(templates, "404.html")}:", stderr, StringComparison.Ordinal);
        Assert.Contains("错误 SC4001", stderr, StringComparison.Ordinal);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(tree.Root, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public async Task Build_help_lists_every_option()
    {
        var (code, stdout, _) = await SkillcertProcess.RunAsync("build", "--help");
        Assert.Equal(0, code);
        foreach (var option in new[] { "--content", "--templates", "--out", "--as-of", "--export", "--no-cache" })
            Assert.Contains(option, stdout, StringComparison.Ordinal);
    }
}
