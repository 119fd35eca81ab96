using System.Xml.Linq;
using AngleSharp.Html.Parser;
using static SkillCert.Tests.Integration.Publicity.SamplePublicity;

namespace SkillCert.Tests.Integration.Publicity;

/// The site's publicity notices (公示), built from the export of the sample rosters: one per batch from the first day of
/// its period until site.yml's days_after (30 in content/site.yml) after the last, with counts and the objection route,
/// and never a name.
public class PublicityNoticeTests(SamplePublicity sample) : IClassFixture<SamplePublicity>
{
    private const string Running = "2026-11-26";
    private const string Notice = "publicity/000001/2026-4/index.html";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private string Main(string day, string path) => Parse(sample.Read(day, path)).QuerySelector("main")!.TextContent;

    [Fact]
    public void A_notice_names_the_institution_with_a_link_to_its_page()
    {
        var page = Parse(sample.Read(Running, Notice));
        var link = page.QuerySelectorAll("main a").Single(a => a.GetAttribute("href") == "/catalogue/000001/");
        Assert.Equal("忻州恒晟重型机械制造有限公司", link.TextContent);
    }

    [Fact]
    public void A_notice_counts_the_people_per_occupation_trade_and_level_as_the_export_does()
    {
        var rows = Parse(sample.Read(Running, Notice)).QuerySelectorAll("table.counts tbody tr")
            .Select(r => string.Join("|", r.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal(["车工6-18-01-01|数控车工|四级/中级工|1", "车工6-18-01-01|数控车工|五级/初级工|1", "铣工6-18-01-02|—|五级/初级工|1",
            "焊工6-18-02-04|电焊工|四级/中级工|1", "电工6-31-01-03|—|三级/高级工|1"], rows);
        Assert.Equal("合计5", Parse(sample.Read(Running, Notice)).QuerySelector("table.counts tfoot tr")!.TextContent);
    }

    [Fact]
    public void A_running_notice_gives_its_period_place_and_where_to_object_by_its_last_day()
    {
        var main = Main(Running, Notice);
        Assert.Contains("公示中", main, StringComparison.Ordinal);
        Assert.Contains($"公示期 {From} 至 {To}", main, StringComparison.Ordinal);
        Assert.Contains("公司办公楼一层公告栏及各车间公示栏", main, StringComparison.Ordinal);
        Assert.Contains($"请在 {To} 前", main, StringComparison.Ordinal);
        Assert.Contains("0350-3020718", main, StringComparison.Ordinal);
        Assert.Contains("18334968063@163.com", main, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notice_opens_with_the_intro_of_site_yml() =>
        Assert.Contains("在机构的工作场所张贴公示", Main(Running, Notice), StringComparison.Ordinal);

    [Fact]
    public void An_ended_notice_says_so_and_no_longer_takes_objections()
    {
        var main = Main("2026-12-10", Notice);
        Assert.Contains("公示期已结束", main, StringComparison.Ordinal);
        Assert.Contains($"异议受理已于 {To} 截止", main, StringComparison.Ordinal);
        Assert.DoesNotContain("公示中", main, StringComparison.Ordinal);
    }

    [Fact]
    public void An_issued_batch_s_ended_notice_says_when_its_certificates_were_issued() =>
        Assert.Contains("证书已于 2026-09-16 颁发", Main("2026-09-20", "publicity/000006/2026-2/index.html"), StringComparison.Ordinal);

    /// The period runs 2026-11-23 to 2026-11-29; site.yml keeps a notice up 30 days after, to 2026-12-29.
    [Theory]
    [InlineData("2026-11-22", null)]
    [InlineData("2026-11-23", "running-title")]
    [InlineData("2026-11-29", "running-title")]
    [InlineData("2026-11-30", "ended-title")]
    [InlineData("2026-12-29", "ended-title")]
    [InlineData("2026-12-30", null)]
    public void The_listing_shows_a_notice_from_the_first_day_of_its_period_until_days_after_its_last(string day, string? section)
    {
        var list = Parse(sample.Read(day, "publicity/index.html"));
        var listedIn = list.QuerySelectorAll("section").Where(s => s.QuerySelector("a[href='/publicity/000001/2026-4/']") is not null)
            .Select(s => s.GetAttribute("aria-labelledby")).SingleOrDefault();
        Assert.Equal(section, listedIn);
        Assert.Equal(section is not null, File.Exists(Path.Combine(sample.SiteOn(day), Notice)));
    }

    [Fact]
    public void Batches_under_review_or_sent_back_have_no_notice()
    {
        var site = sample.SiteOn(Running);
        Assert.Equal(["000001"], Directory.EnumerateDirectories(Path.Combine(site, "publicity")).Select(Path.GetFileName));
        Assert.Equal(["2026-4"], Directory.EnumerateDirectories(Path.Combine(site, "publicity", "000001")).Select(Path.GetFileName));
    }

    [Fact]
    public void The_home_page_lists_the_running_notices_and_every_page_links_the_listing()
    {
        var home = Parse(sample.Read(Running, "index.html"));
        Assert.NotNull(home.QuerySelector("main a[href='/publicity/000001/2026-4/']"));
        Assert.NotNull(home.QuerySelector("header nav a[href='/publicity/']"));
        Assert.NotNull(Parse(sample.Read(Running, "catalogue/index.html")).QuerySelector("header nav a[href='/publicity/']"));
    }

    [Fact]
    public void The_feed_announces_each_notice_once_with_an_id_that_stays_the_same_from_day_to_day()
    {
        const string id = "https://catalogue.xinzhou.example/publicity/000001/2026-4/";
        foreach (var day in new[] { Running, "2026-12-10" })
        {
            var entries = XDocument.Parse(sample.Read(day, "feed.xml")).Root!.Elements(Atom + "entry")
                .Where(e => e.Element(Atom + "id")!.Value.Contains("/publicity/", StringComparison.Ordinal)).ToList();
            var entry = Assert.Single(entries);
            Assert.Equal(id, entry.Element(Atom + "id")!.Value);
            Assert.Equal(From + "T00:00:00+08:00", entry.Element(Atom + "updated")!.Value);
            Assert.Contains("共 5 人", entry.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_holder_name_or_document_number_appears_on_the_publicity_pages_the_feed_or_the_open_data()
    {
        var secrets = sample.PrivateValues();
        // The batch in publicity is not issued: its names are only in its roster, which the list must include.
        Assert.Contains("韩志刚", secrets);
        Assert.True(secrets.Count > 100, $"{secrets.Count} names and numbers");
        foreach (var day in new[] { Running, "2026-12-10", "2026-09-20", "2024-06-08" })
        {
            var site = sample.SiteOn(day);
            var files = Directory.EnumerateFiles(Path.Combine(site, "publicity"), "*.html", SearchOption.AllDirectories)
                .Concat(Directory.EnumerateFiles(Path.Combine(site, "data"), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".gz", StringComparison.Ordinal)))
                .Append(Path.Combine(site, "feed.xml")).Append(Path.Combine(site, "index.html")).ToList();
            Assert.True(files.Count >= 5, $"{day}: {files.Count} files");
            foreach (var file in files)
            {
                var text = File.ReadAllText(file);
                var found = secrets.Where(s => text.Contains(s, StringComparison.Ordinal)).ToList();
                Assert.True(found.Count == 0, $"{Path.GetRelativePath(site, file)} as of {day} shows {string.Join("、", found)}");
            }
        }
    }
}
