using AngleSharp.Html.Parser;
using SkillCert.Demo;
using SkillCert.Tests.Integration.Build;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.Tests.Integration.Demo;

/// The demo, built on any day, shows a publicity notice whose period is running that day, and links it from the home page.
public class DemoPublicityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("skillcert-demo-publicity-").FullName;

    [Fact]
    public void The_demo_site_shows_its_live_batch_in_publicity_on_the_day_it_is_built()
    {
        var today = new DateOnly(2031, 7, 1);
        var log = new StringWriter();
        var demo = DemoBuild.Prepare(new RepositoryLayout(RepositoryPaths.Root) with { WorkFolder = _folder }, today, log);
        Assert.True(demo is not null, log.ToString());
        var notice = "/publicity/" + DemoRosters.LiveBatch.Replace(".yml", "/", StringComparison.Ordinal);
        var parser = new HtmlParser();
        var home = parser.ParseDocument(File.ReadAllText(Path.Combine(demo.Site, "index.html")));
        Assert.NotNull(home.QuerySelector($"main a[href='{notice}']"));
        var list = parser.ParseDocument(File.ReadAllText(Path.Combine(demo.Site, "publicity", "index.html")));
        Assert.NotNull(list.QuerySelector($"section[aria-labelledby='running-title'] a[href='{notice}']"));
        var page = File.ReadAllText(Path.Combine(demo.Site, notice.Trim('/'), "index.html"));
        Assert.Contains($"公示期 <span class=\"nowrap\">{today.AddDays(-DemoRosters.DaysIntoPublicity):yyyy-MM-dd}</span>", page, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
