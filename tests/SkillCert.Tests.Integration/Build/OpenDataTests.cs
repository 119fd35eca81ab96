using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// The open data keeps the shapes the README promises.
public class OpenDataTests
{
    private static ContentTree Tree()
    {
        var tree = new ContentTree();
        tree.Institution(1, filedOn: "2023-03-01");
        tree.Institution(2, name: "忻州\\\"引号\\\",逗号公司", filedOn: "2021-02-01",
            extra: "events:\n  - {on: 2022-03-01, type: suspended, note: 整改}\n  - {on: 2022-09-01, type: reinstated}");
        return tree;
    }

    [Fact]
    public void Catalogue_json_has_the_documented_shape()
    {
        using var tree = Tree();
        SiteBuild.Succeed(tree);
        using var json = JsonDocument.Parse(SiteBuild.Read(tree, "data/catalogue.json"));
        var root = json.RootElement;
        Assert.Equal("skillcert-catalogue/1", root.GetProperty("schema").GetString());
        Assert.Equal("2025-01-01", root.GetProperty("asOf").GetString());
        Assert.Equal((1, 1), (root.GetProperty("counts").GetProperty("active").GetInt32(), root.GetProperty("counts").GetProperty("expired").GetInt32()));
        var first = root.GetProperty("institutions")[0];
        string[] fields = ["seq", "url", "name", "category", "route", "creditCode", "county", "address", "legalRepresentative", "industry",
            "size", "ownership", "filedOn", "validUntil", "status", "scope", "events", "certificates"];
        Assert.Equal(fields, first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("/catalogue/000001/", first.GetProperty("url").GetString());
        Assert.Equal([5, 4, 3], first.GetProperty("scope")[0].GetProperty("levels").EnumerateArray().Select(l => l.GetInt32()));
        Assert.Equal("filed", first.GetProperty("events")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Each_institution_has_a_json_twin_equal_to_its_catalogue_entry()
    {
        using var tree = Tree();
        SiteBuild.Succeed(tree);
        using var catalogue = JsonDocument.Parse(SiteBuild.Read(tree, "data/catalogue.json"));
        var entry = catalogue.RootElement.GetProperty("institutions")[1].GetRawText();
        Assert.Equal(entry, SiteBuild.Read(tree, "catalogue/000002/index.json"));
    }

    [Fact]
    public void Catalogue_csv_is_utf8_with_a_byte_order_mark_and_quotes_what_needs_quoting()
    {
        using var tree = Tree();
        SiteBuild.Succeed(tree);
        var bytes = File.ReadAllBytes(Path.Combine(tree.Out, "data/catalogue.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("seq,name,category,route,credit_code,county", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("000002,\"忻州\"\"引号\"\",逗号公司\",Y,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void The_feed_lists_catalogue_events_newest_first_with_absolute_links()
    {
        using var tree = Tree();
        SiteBuild.Succeed(tree);
        var feed = XDocument.Parse(SiteBuild.Read(tree, "feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(4, entries.Count);
        Assert.Equal("2023-03-01T00:00:00+08:00", feed.Root.Element(atom + "updated")!.Value);
        Assert.Equal("https://catalogue.example.org/catalogue/000001/#event-1", entries[0].Element(atom + "id")!.Value);
        Assert.Contains("恢复认定", entries[1].Element(atom + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sitemap_lists_every_page_but_the_404_and_robots_points_at_it()
    {
        using var tree = Tree();
        SiteBuild.Succeed(tree);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(SiteBuild.Read(tree, "sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Equal(SiteBuild.HtmlPages(tree.Out).Count() - 1, urls.Count);
        Assert.Contains("https://catalogue.example.org/catalogue/000002/", urls);
        Assert.DoesNotContain(urls, u => u.EndsWith("404.html", StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://catalogue.example.org/sitemap.xml", SiteBuild.Read(tree, "robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_coding_rule_tables_come_from_core()
    {
        using var tree = Tree();
        SiteBuild.Succeed(tree);
        using var json = JsonDocument.Parse(SiteBuild.Read(tree, "data/coding-rule.json"));
        var provinces = json.RootElement.GetProperty("provinces").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToList();
        Assert.Equal(SkillCert.Core.Regions.Province.All.Select(p => p.Code), provinces);
        Assert.Equal(5, json.RootElement.GetProperty("levels").GetArrayLength());
    }
}
