using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SkillCert.Tests.Browser.Infrastructure;
using SkillCert.Tests.Integration.Preview;

namespace SkillCert.Tests.Browser.Preview;

/// An administrator previews the catalogue with `skillcert serve` on a copy of the real content: edits an institution and
/// sees its page change by itself, breaks the YAML and sees where, fixes it and sees the page come back.
[Collection(BrowserCollection.Name)]
public sealed partial class PreviewJourneyTests(Chromium chromium) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("skillcert-preview-").FullName;

    [GeneratedRegex("^address: .*$", RegexOptions.Multiline)]
    private static partial Regex AddressLine();

    [GeneratedRegex(@"第 (?<line>\d+) 行")]
    private static partial Regex LineNumber();

    private string CopyContent()
    {
        var source = RepositoryRoot.Combine("content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_folder, "content", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return Path.Combine(_folder, "content", "institutions", "000001.yml");
    }

    [Fact]
    public async Task Edit_an_institution_break_its_yaml_and_fix_it_while_its_page_follows()
    {
        var file = CopyContent();
        var original = await File.ReadAllTextAsync(file);
        await using var serve = await ServeProcess.StartAsync(_folder, "--content", "content", "--templates", RepositoryRoot.Combine("site-templates"),
            "--port", "0");
        var page = await chromium.NewPageAsync(Viewport.Desktop);
        await page.GotoAsync(new Uri(serve.Address, "catalogue/000001/").ToString());
        var main = page.Locator("main");
        var patience = new LocatorWaitForOptions { Timeout = 60_000 };

        var edited = AddressLine().Replace(original, "address: \"忻州市忻府区预览路1号\"");
        await File.WriteAllTextAsync(file, edited);
        await main.Filter(new() { HasText = "忻州市忻府区预览路1号" }).WaitForAsync(patience);

        // The first scope line loses its closing brace: the flow mapping is never closed.
        var broken = edited.Replace("levels: [5, 4, 3]}", "levels: [5, 4, 3]", StringComparison.Ordinal);
        Assert.NotEqual(edited, broken);
        await File.WriteAllTextAsync(file, broken);
        var overlay = page.Locator(".skillcert-overlay");
        await overlay.WaitForAsync(patience);
        var problem = overlay.Locator(".skillcert-problem").First;
        var where = await problem.Locator(".skillcert-where").InnerTextAsync();
        Assert.Contains("000001.yml", where, StringComparison.Ordinal);
        var line = int.Parse(LineNumber().Match(where).Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var source = await problem.Locator(".skillcert-source").InnerTextAsync();
        Assert.Contains(broken.Split('\n')[line - 1], source, StringComparison.Ordinal);
        Assert.True(await problem.Locator(".skillcert-caret").IsVisibleAsync());
        Assert.Contains("忻州市忻府区预览路1号", await main.InnerTextAsync(), StringComparison.Ordinal);
        await Artifacts.ScreenshotAsync(page, "preview-overlay");

        await File.WriteAllTextAsync(file, AddressLine().Replace(original, "address: \"忻州市忻府区预览路2号\""));
        await main.Filter(new() { HasText = "忻州市忻府区预览路2号" }).WaitForAsync(patience);
        Assert.Equal(0, await overlay.CountAsync());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
