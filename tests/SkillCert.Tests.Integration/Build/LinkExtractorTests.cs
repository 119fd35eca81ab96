using SkillCert.Generator.Build;

namespace SkillCert.Tests.Integration.Build;

public class LinkExtractorTests
{
    [Fact]
    public void Links_resolve_to_site_files_with_their_fragment()
    {
        var links = LinkExtractor.Extract("catalogue/000001/index.html",
            "<a href=\"/pages/faq/#q1\">a</a><a href=\"../\">b</a><a href=\"index.json\">c</a><link href=\"/assets/site.css\"><a href=\"#history\">d</a>");
        Assert.Equal(["pages/faq/index.html#q1", "catalogue/index.html", "catalogue/000001/index.json", "assets/site.css", "catalogue/000001/index.html#history"],
            links.Links.Select(l => l.Target));
    }

    [Fact]
    public void Other_origins_and_the_verification_service_are_not_checked()
    {
        var links = LinkExtractor.Extract("index.html",
            "<a href=\"https://example.org/\">a</a><a href=\"mailto:x@example.org\">b</a><a href=\"//cdn.example.org/x\">c</a><form action=\"/verify\"></form><a href=\"/c/Y0000\">d</a>");
        Assert.Empty(links.Links);
    }

    [Fact]
    public void Markup_inside_a_title_or_a_script_is_text_not_a_link()
    {
        var links = LinkExtractor.Extract("index.html", "<title><a href=\"/nowhere/\">x</a></title><script>var s = '<a href=\"/nope/\">';</script><a href=\"/\">home</a>");
        Assert.Equal(["index.html"], links.Links.Select(l => l.Target));
    }

    [Fact]
    public void A_repeated_id_is_reported_with_its_line()
    {
        var links = LinkExtractor.Extract("index.html", "<p id=\"a\">1</p>\n<p id=\"a\">2</p>");
        var duplicate = Assert.Single(links.DuplicateIds);
        Assert.Equal(("a", 2), (duplicate.Target, duplicate.Line));
    }
}
