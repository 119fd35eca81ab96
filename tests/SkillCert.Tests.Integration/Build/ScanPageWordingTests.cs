using AngleSharp.Html.Parser;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// The /scan/ page is read by an HR clerk: it says what was checked and what to do in plain words, and keeps the names of
/// the cryptography for those who open 技术说明.
public class ScanPageWordingTests
{
    private static readonly string[] TechnicalNames = ["ECDSA", "P-256", "SHA-256", "WebCrypto", "公钥", "私钥", "keys.json"];

    [Fact]
    public void The_cryptography_is_named_only_under_the_technical_notes()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        SiteBuild.Succeed(tree);
        using var page = new HtmlParser().ParseDocument(SiteBuild.Read(tree, "scan/index.html"));
        var notes = page.QuerySelector("main details.tech");
        Assert.NotNull(notes);
        Assert.Equal("技术说明", notes.QuerySelector("summary")!.TextContent.Trim());
        Assert.Contains("ECDSA", notes.TextContent, StringComparison.Ordinal);
        notes.Remove();
        var plain = page.QuerySelector("main")!.TextContent;
        Assert.All(TechnicalNames, name => Assert.DoesNotContain(name, plain, StringComparison.Ordinal));
    }
}
