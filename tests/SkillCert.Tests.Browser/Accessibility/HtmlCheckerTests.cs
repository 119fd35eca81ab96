using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Accessibility;

/// The Nu Html Checker (vnu.jar, pinned in package-lock.json and installed by test.sh) finds no error in any page type
/// of the built site (the demo site, and the long catalogue for the pages that only a long list has) nor of the
/// verification service's pages, as the service sends them.
[Collection(BrowserCollection.Name)]
public class HtmlCheckerTests(LiveSite site, LongCatalogue longCatalogue)
{
    /// One page of each type, as files of the built sites.
    private IEnumerable<string> Pages()
    {
        string[] demo =
        [
            "index.html", "catalogue/index.html", "catalogue/status/active/index.html", "catalogue/status/suspended/index.html",
            "catalogue/county/忻府区/index.html", "catalogue/000001/index.html", "catalogue/000007/index.html", "catalogue/000008/index.html",
            "occupations/index.html", "occupations/6-18-02-04/index.html", "changes/index.html", "changes/2024/index.html",
            "publicity/index.html", "publicity/000001/2026-4/index.html",
            "coding-rule/index.html", "scan/index.html", "find/index.html", "pages/index.html", "pages/faq-public/index.html", "404.html",
        ];
        string[] longOnly = ["catalogue/page/2/index.html", "catalogue/status/active/page/2/index.html", "occupations/6-18-01-01/index.html"];
        return demo.Select(p => Path.Combine(site.Demo.Site, p)).Concat(longOnly.Select(p => Path.Combine(longCatalogue.Site, p)));
    }

    [Fact]
    public async Task Every_page_type_of_the_site_has_no_markup_error()
    {
        var pages = Pages().ToList();
        Assert.All(pages, p => Assert.True(File.Exists(p), $"{p} was not built"));
        var (valid, report) = await NuHtmlChecker.CheckAsync(pages);
        Assert.True(valid, report);
    }

    /// The service's pages, as it sends them: the bare form, each kind of answer, a refused name, the certificate view.
    [Fact]
    public async Task Every_page_type_of_the_service_has_no_markup_error()
    {
        string[] addresses =
        [
            "/verify", "/verify?number=X000099000001193000001", "/c/" + DemoRecords.Valid(site), "/c/" + DemoRecords.Unknown(site),
            DemoRecords.PathFor(site, "genuine"), "/c/" + DemoRecords.Valid(site) + "?name=" + new string('a', 100),
            "/c/" + DemoRecords.Valid(site) + "/certificate",
        ];
        var folder = Directory.CreateTempSubdirectory("skillcert-vnu-");
        try
        {
            using var client = new HttpClient();
            var files = new List<string>();
            foreach (var address in addresses)
            {
                var file = Path.Combine(folder.FullName, $"page-{files.Count}.html");
                await File.WriteAllTextAsync(file, await (await client.GetAsync(site.Url(address))).Content.ReadAsStringAsync());
                files.Add(file);
            }
            // The lookup's answers, as the site's form posts them: found, none, a field to correct.
            var (name, idNumber, _) = DemoRecords.Holder(site);
            foreach (var (typedName, typedId) in new[] { (name, idNumber), (name, DemoRecords.OtherIdNumber(idNumber)), ("", "") })
            {
                var file = Path.Combine(folder.FullName, $"page-{files.Count}.html");
                using var form = new FormUrlEncodedContent([new("name", typedName), new("idNumber", typedId)]);
                await File.WriteAllTextAsync(file, await (await client.PostAsync(site.Url("/lookup"), form)).Content.ReadAsStringAsync());
                files.Add(file);
                addresses = [.. addresses, "POST /lookup"];
            }
            var (valid, report) = await NuHtmlChecker.CheckAsync(files);
            Assert.True(valid, string.Join("\n", addresses.Select((a, i) => $"page-{i}.html = {a}")) + "\n" + report);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
