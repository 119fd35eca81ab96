using System.Text;
using SkillCert.Generator.Diagnostics;
using SkillCert.Tests.Integration.Build;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Preview;

/// <summary>
/// The live preview keeps the content in memory and reads again only what the watcher names. If it forgot to read a
/// file again, or planned from a stale model, a page would keep showing the old value: so after every kind of edit
/// the preview must serve, file for file, what a cold build publishes.
/// </summary>
public class PreviewModelTests
{
    [Theory]
    [MemberData(nameof(IncrementalBuildTests.Edits), MemberType = typeof(IncrementalBuildTests))]
    public async Task After_an_edit_the_preview_serves_what_a_cold_build_publishes(string edit)
    {
        using var preview = new PreviewTree();
        await preview.Preview.StartAsync();
        await preview.Preview.Checked;

        await preview.EditAsync(tree => IncrementalBuildTests.Apply(tree, edit));
        await preview.Preview.Checked;
        var cold = Path.Combine(preview.Tree.Root, "cold");
        SiteBuild.Succeed(preview.Tree, outDir: cold, noCache: true);

        var shown = preview.Preview.State.Shown!;
        Assert.Empty(preview.Preview.State.Problems);
        var built = SiteBuild.Snapshot(cold);
        Assert.Equal(built.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)),
            shown.Plan.Select(p => p.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal)));
        Assert.All(shown.Plan, p => Assert.True(built.TryGetValue(p.Path, out var bytes) && preview.Served(p.Path).AsSpan().SequenceEqual(bytes),
            $"{p.Path} differs from the cold build's after '{edit}'"));
    }

    [Fact]
    public async Task An_edit_of_one_institution_reads_that_file_alone()
    {
        using var preview = new PreviewTree();
        await preview.Preview.StartAsync();
        Assert.Equal(3, preview.Build.InstitutionFilesRead);

        await preview.EditAsync(tree => tree.Institution(2, name: "忻州改名焊接有限公司", scope: PreviewTree.WeldingScope));

        Assert.Equal(1, preview.Build.InstitutionFilesRead);
        Assert.Contains("忻州改名焊接有限公司", Encoding.UTF8.GetString(preview.Served("catalogue/000002/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_renders_again_only_the_files_it_changed()
    {
        using var preview = new PreviewTree();
        await preview.Preview.StartAsync();
        await preview.Preview.Checked;
        var before = preview.Preview.State.Shown!;
        var rendered = preview.Preview.Files.RenderCount;

        await preview.EditAsync(tree => tree.Institution(1, extra: "events:\n  - {on: 2024-10-01, type: suspended, note: 整改}"));
        await preview.Preview.Checked;

        var changed = preview.Preview.State.Shown!.CountChangedSince(before);
        Assert.InRange(changed, 1, before.Plan.Count / 2);
        Assert.Equal(changed, preview.Preview.Files.RenderCount - rendered);
    }

    [Fact]
    public async Task An_edited_institution_page_shown_first_is_the_page_the_whole_plan_makes()
    {
        using var preview = new PreviewTree();
        await preview.Preview.StartAsync();
        var shown = preview.Preview.State.Shown!;
        var before = preview.Files();
        preview.Tree.Institution(2, name: "忻州改名焊接有限公司", scope: PreviewTree.WeldingScope);
        var changed = PreviewTree.Changed(before, preview.Files());
        preview.Build.Changed(changed);

        var quick = preview.Build.Quick(changed, shown)!;
        var whole = preview.Build.Make(new DiagnosticBag())!;

        Assert.True(quick.IsProvisional);
        var page = "catalogue/000002/index.html";
        Assert.NotEqual(shown.File(page)!.Fingerprint, quick.File(page)!.Fingerprint);
        Assert.Equal(whole.File(page)!.Fingerprint, quick.File(page)!.Fingerprint);
        Assert.Equal(preview.Preview.Files.Get(whole.File(page)!).Bytes, preview.Preview.Files.Get(quick.File(page)!).Bytes);
    }

    [Fact]
    public async Task A_failed_check_keeps_the_pages_shown_and_lists_every_problem()
    {
        using var preview = new PreviewTree();
        await preview.Preview.StartAsync();
        var shown = preview.Preview.State.Shown!;

        await preview.EditAsync(tree =>
        {
            tree.Institution(1, filedOn: "2024-02-30");
            tree.Institution(2, filedOn: "2024-13-01", scope: PreviewTree.WeldingScope);
        });

        var state = preview.Preview.State;
        Assert.Same(shown, state.Shown);
        var errors = state.Problems.Where(p => p.IsError).ToArray();
        Assert.Equal(["000001.yml", "000002.yml"], errors.Select(e => Path.GetFileName(e.File)).Distinct());
        Assert.All(errors, e => Assert.True(e.Line > 0 && e.Column > 0, e.ToString()));
    }

    [Fact]
    public async Task Fixing_the_content_shows_the_fixed_pages_and_clears_the_problems()
    {
        using var preview = new PreviewTree();
        await preview.Preview.StartAsync();
        await preview.EditAsync(tree => tree.Institution(1, filedOn: "2024-02-30"));
        Assert.True(preview.Preview.State.HasErrors);

        await preview.EditAsync(tree => tree.Institution(1, name: "忻州修好机械有限公司", filedOn: "2024-02-28"));

        Assert.Empty(preview.Preview.State.Problems);
        Assert.Contains("忻州修好机械有限公司", Encoding.UTF8.GetString(preview.Served("catalogue/000001/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_whose_links_break_is_not_shown()
    {
        using var preview = new PreviewTree();
        await preview.Preview.StartAsync();
        await preview.Preview.Checked;
        var good = preview.Preview.State.Shown!;

        await preview.EditAsync(tree => tree.Page("faq", "常见问题", "见[不存在的页面](/no-such-page/)。"));
        await preview.Preview.Checked;

        var state = preview.Preview.State;
        Assert.Same(good, state.Shown);
        Assert.Contains(state.Problems, p => p.Code == DiagnosticCodes.BrokenLink && p.Message.Contains("faq.md", StringComparison.Ordinal));
    }
}
