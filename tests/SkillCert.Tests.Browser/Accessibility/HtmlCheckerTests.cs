using System.Diagnostics;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Accessibility;

/// The Nu Html Checker (vnu.jar, pinned in package-lock.json and installed by test.sh) finds no error in any page type
/// of the built site: the demo site, and the long catalogue for the pages that only a long list has.
[Collection(BrowserCollection.Name)]
public class HtmlCheckerTests(LiveSite site, LongCatalogue longCatalogue)
{
    private static readonly string Jar = RepositoryRoot.Combine("tests", "SkillCert.Tests.Browser", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// One page of each type, as files of the built sites.
    private IEnumerable<string> Pages()
    {
        string[] demo =
        [
            "index.html", "catalogue/index.html", "catalogue/status/active/index.html", "catalogue/status/suspended/index.html",
            "catalogue/county/忻府区/index.html", "catalogue/000001/index.html", "catalogue/000007/index.html", "catalogue/000008/index.html",
            "occupations/index.html", "occupations/6-18-02-04/index.html", "changes/index.html", "changes/2024/index.html",
            "coding-rule/index.html", "scan/index.html", "pages/index.html", "pages/faq-public/index.html", "404.html",
        ];
        string[] longOnly = ["catalogue/page/2/index.html", "catalogue/status/active/page/2/index.html", "occupations/6-18-01-01/index.html"];
        return demo.Select(p => Path.Combine(site.Demo.Site, p)).Concat(longOnly.Select(p => Path.Combine(longCatalogue.Site, p)));
    }

    [Fact]
    public async Task Every_page_type_of_the_site_has_no_markup_error()
    {
        if (!File.Exists(Jar)) throw new InvalidOperationException($"{Jar} is missing; run ./test.sh, which installs it with npm ci");
        var pages = Pages().ToList();
        Assert.All(pages, p => Assert.True(File.Exists(p), $"{p} was not built"));
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", Jar, "--errors-only", "--format", "text" }.Concat(pages)) start.ArgumentList.Add(argument);
        using var checker = Process.Start(start) ?? throw new InvalidOperationException("java could not be started; install a Java 17 runtime");
        var output = checker.StandardOutput.ReadToEndAsync();
        var errors = await checker.StandardError.ReadToEndAsync();
        await checker.WaitForExitAsync();
        var report = (await output) + errors;
        Assert.True(checker.ExitCode == 0 && !report.Contains("Error:", StringComparison.Ordinal), report);
    }
}
