using System.Text.RegularExpressions;
using SkillCert.Demo;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// The demo explains itself (issue 18, item 5): the lines it prints once it listens name each sample's verdict in
/// Chinese and what it shows (genuine, revoked, not found, a QR link) and what to type into the home page's form;
/// and each address answers the verdict its line names.
[Collection(BrowserCollection.Name)]
public partial class DemoStartLinesTests(LiveSite site)
{
    [GeneratedRegex(@"data-verdict=""([a-z-]+)""")]
    private static partial Regex VerdictMark();

    private IReadOnlyList<string> Lines => DemoAnnouncement.Lines(site.BaseAddress.ToString(), site.Demo.Samples).ToList();

    [Theory]
    [InlineData("genuine", "证书真实有效", "编号加持证人姓名")]
    [InlineData("genuine", "证书真实有效", "证书二维码中的链接")]
    [InlineData("revoked", "证书已撤销", "已撤销的证书")]
    [InlineData("not-found", "未查询到该证书", "格式正确但不存在的编号")]
    [InlineData("tampered", "二维码不可信", "改动过等级的二维码链接")]
    [InlineData("name-mismatch", "姓名与证书不符", "编号加错误的姓名")]
    [InlineData("unconfirmed", "证书在册，持证人尚未核对", "只有编号")]
    public void The_start_up_lists_each_sample_with_its_verdict_in_Chinese_and_what_it_shows(string verdict, string headline, string shows) =>
        Assert.Contains(Lines, l => l.Contains($"{headline}（{verdict}）　{shows}", StringComparison.Ordinal)
            && l.Contains(site.BaseAddress.ToString().TrimEnd('/') + "/", StringComparison.Ordinal));

    [Fact]
    public void The_start_up_says_which_number_and_name_to_type_into_the_home_pages_form()
    {
        var sample = site.Demo.Samples.First(s => s.HolderName is not null);
        Assert.Contains(Lines, l => l.Contains($"证书编号 {sample.Number}，持证人姓名 {sample.HolderName} → 证书真实有效", StringComparison.Ordinal)
            && l.Contains("→ 姓名与证书不符", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_listed_address_answers_the_verdict_its_line_names()
    {
        using var client = new HttpClient();
        foreach (var sample in site.Demo.Samples)
        {
            // A not-found or tampered sample answers 404 or 200 with its page alike; the page is what the newcomer reads.
            using var response = await client.GetAsync(site.Url(sample.Path));
            var page = await response.Content.ReadAsStringAsync();
            Assert.True(VerdictMark().Match(page) is { Success: true } m && m.Groups[1].Value == sample.Verdict,
                $"{sample.Label} ({sample.Path}) should show {sample.Verdict}");
        }
    }
}
