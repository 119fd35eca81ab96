using System.Security.Cryptography;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SkillCert.Rendering.Templates;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// What /scan/ needs to read a QR code and to work offline: the vendored decoder exactly as its note says it came from
/// npm, its scripts under fingerprinted names the site has, and its service worker under its plain name, beside the page.
public partial class ScanPageFilesTests
{
    private static string Vendor => Path.Combine(RepositoryPaths.SiteTemplates, SiteTemplates.AssetsFolder, "vendor");

    [GeneratedRegex(@"^sha256:\s+([0-9a-f]{64})\s+jsQR\.js$", RegexOptions.Multiline)]
    private static partial Regex NotedHash();

    [GeneratedRegex(@"^package:\s+jsqr (\d+\.\d+\.\d+) \(npm\)", RegexOptions.Multiline)]
    private static partial Regex NotedVersion();

    [Fact]
    public void The_vendored_decoder_is_the_file_its_note_names_with_its_licence()
    {
        var note = File.ReadAllText(Path.Combine(Vendor, "VERSIONS.txt"));
        Assert.Matches(NotedVersion(), note);
        var hash = NotedHash().Match(note);
        Assert.True(hash.Success, "VERSIONS.txt names no sha256 of jsQR.js; run site-templates/update-vendor.sh");
        Assert.True(hash.Groups[1].Value == Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Vendor, "jsQR.js")))),
            "jsQR.js is not the file VERSIONS.txt names: it is updated only by site-templates/update-vendor.sh, never by hand");
        Assert.Contains("Apache License", File.ReadAllText(Path.Combine(Vendor, "jsQR.LICENSE.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_scan_page_links_its_scripts_by_fingerprint_and_its_worker_keeps_its_plain_name()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        SiteBuild.Succeed(tree);
        using var page = new HtmlParser().ParseDocument(SiteBuild.Read(tree, "scan/index.html"));
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        foreach (var name in new[] { "scan", "scan-camera", "scan-offline", "vendor/jsQR" })
            Assert.Single(scripts, s => Regex.IsMatch(s, $"^/assets/{name}\\.[0-9a-f]{{{AssetFingerprints.HashLength}}}\\.js$"));
        Assert.All(scripts, s => Assert.True(File.Exists(Path.Combine(tree.Out, s.TrimStart('/'))), s));
        // The registration names this address, and the worker's scope is the folder it is in.
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.SiteTemplates, SiteTemplates.RootFolder, "scan", "worker.js")),
            File.ReadAllBytes(Path.Combine(tree.Out, "scan", "worker.js")));
        Assert.Contains("register(\"/scan/worker.js\", { scope: \"/scan/\" })",
            File.ReadAllText(Path.Combine(tree.Out, scripts.Single(s => s.Contains("scan-offline", StringComparison.Ordinal)).TrimStart('/'))),
            StringComparison.Ordinal);
    }
}
