using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SkillCert.Generator.Build;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// The site on a static host or CDN and the verification service at site.yml's verify_url: every form and script call
/// that the service answers goes to verify_url, and the page's own Content-Security-Policy allows it. When the two share
/// an origin, or the service serves the site itself (the demo), the same calls stay root-relative.
public partial class ServiceHostTests
{
    private const string OtherHost = "https://verify.example.test/";

    private static ContentTree Tree(string baseUrl, string verifyUrl)
    {
        var tree = new ContentTree();
        var site = File.ReadAllText(Path.Combine(tree.Dir, "site.yml"))
            .Replace("https://catalogue.example.org/", baseUrl, StringComparison.Ordinal)
            .Replace("https://verify.example.org/", verifyUrl, StringComparison.Ordinal);
        // The reserved .test host is a placeholder, which only sample content may use.
        tree.Write("site.yml", site + "demo: true");
        tree.Institution(1);
        return tree;
    }

    /// Every page's forms, with the page they are on.
    private static IEnumerable<(string Page, string Action)> Forms(string site)
    {
        var parser = new HtmlParser();
        foreach (var page in SiteBuild.HtmlPages(site))
            foreach (var form in parser.ParseDocument(File.ReadAllText(page)).QuerySelectorAll("form"))
                yield return (Path.GetRelativePath(site, page), form.GetAttribute("data-service") ?? form.GetAttribute("action") ?? "");
    }

    private static bool IsServiceAddress(string address) =>
        LinkExtractor.ServicePrefixes.Any(p => address.StartsWith(p, StringComparison.Ordinal));

    [Fact]
    public void Every_form_that_the_service_answers_goes_to_verify_url_when_the_site_is_on_another_host()
    {
        using var tree = Tree("https://catalogue.example.org/", OtherHost);
        SiteBuild.Succeed(tree);
        var forms = Forms(tree.Out).ToList();
        // The catalogue's search stays on the site; every other form (the number forms, the scan page's) is the service's.
        var service = forms.Where(f => f.Action != "/catalogue/").ToList();
        Assert.Contains(service, f => f.Page == "index.html");
        Assert.Contains(service, f => f.Page == Path.Combine("scan", "index.html"));
        Assert.Contains(service, f => f.Page == Path.Combine("coding-rule", "index.html"));
        Assert.All(service, f => Assert.True(f.Action.StartsWith(OtherHost, StringComparison.Ordinal), $"{f.Page}: {f.Action}"));
    }

    [Fact]
    public void Every_page_allows_its_forms_and_scripts_to_reach_verify_url_on_another_host()
    {
        using var tree = Tree("https://catalogue.example.org/", OtherHost);
        SiteBuild.Succeed(tree);
        var parser = new HtmlParser();
        Assert.All(SiteBuild.HtmlPages(tree.Out), page =>
        {
            var policy = parser.ParseDocument(File.ReadAllText(page))
                .QuerySelector("head meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content") ?? "";
            Assert.Equal(["'self'", OtherHost], Directive(policy, "connect-src"));
            Assert.Equal(["'self'", OtherHost], Directive(policy, "form-action"));
            Assert.Equal(["'self'"], Directive(policy, "script-src"));
        });
    }

    [Fact]
    public void A_site_that_shares_the_service_origin_reaches_it_root_relative_and_allows_only_itself()
    {
        using var tree = Tree("https://skillcert.example.org/", "https://skillcert.example.org/");
        SiteBuild.Succeed(tree);
        AssertRootRelative(tree.Out);
    }

    [Fact]
    public void A_site_the_service_serves_itself_reaches_it_root_relative_whatever_verify_url_says()
    {
        using var tree = Tree("https://catalogue.example.org/", OtherHost);
        var bag = new SkillCert.Core.Diagnostics.DiagnosticBag();
        var options = new BuildOptions(tree.Dir, RepositoryPaths.SiteTemplates, tree.Out, SiteBuild.AsOf) { ServedTogether = true };
        Assert.True(BuildPipeline.Run(options, bag, SilentProgress.Instance).Succeeded);
        AssertRootRelative(tree.Out);
    }

    [Fact]
    public void No_script_of_the_site_names_a_service_address_on_its_own_origin()
    {
        // Scripts take the service's address from the page (data-service), never from the origin they were served on.
        var assets = Path.Combine(RepositoryPaths.SiteTemplates, "assets");
        var literals = Directory.EnumerateFiles(assets, "*.js")
            .SelectMany(f => StringLiteral().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Text: m.Groups[1].Value)))
            .ToList();
        Assert.Contains(literals, l => l is { File: "scan.js", Text: "api/v1/certificates/" });
        Assert.All(literals, l => Assert.False(IsServiceAddress(l.Text), $"{l.File}: \"{l.Text}\""));
    }

    private static void AssertRootRelative(string site)
    {
        var forms = Forms(site).ToList();
        Assert.Contains(forms, f => f.Action == "/verify");
        Assert.Contains(forms, f => f.Action == "/");
        Assert.All(forms, f => Assert.StartsWith("/", f.Action, StringComparison.Ordinal));
        var policy = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "index.html")))
            .QuerySelector("head meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        Assert.Equal(["'self'"], Directive(policy, "connect-src"));
        Assert.Equal(["'self'"], Directive(policy, "form-action"));
    }

    private static string[] Directive(string policy, string name) =>
        policy.Split(';', StringSplitOptions.TrimEntries).Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .SingleOrDefault(d => d.Length > 0 && d[0] == name)?[1..] ?? [];

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex StringLiteral();
}
