using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using SkillCert.Core.Signing;
using SkillCert.Tests.Browser.Infrastructure;
using SkillCert.Tests.Integration.Cli;

namespace SkillCert.Tests.Browser.Certificates;

/// For one link, every checker says the same: offline, `skillcert verify-qr` and the /scan/ page with no network say
/// signed or tampered alike; online, the /scan/ page says what the service's result page and JSON answer say.
[Collection(BrowserCollection.Name)]
public class VerdictAgreementTests(Chromium chromium, LiveSite site)
{
    public static TheoryData<string, string, string> Links => new()
    {
        { "genuine", "signed", "genuine" },
        { "changed", "tampered", "tampered" },
        { "revoked-record", "signed", "revoked" },
        { "revoked-key", "tampered", "tampered" },
        { "unknown-key", "tampered", "tampered" },
    };

    private string LinkFor(string kind)
    {
        using var key = SigningKey.FromPem(File.ReadAllText(site.Demo.SigningKey));
        string Link(SignedClaims signed) => QrLink.Build(site.BaseAddress, signed);
        QrClaims Claims(string number)
        {
            using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = site.Demo.Export, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "SELECT holder_name, level, issued_on FROM certificates WHERE number = $number";
            command.Parameters.AddWithValue("$number", number);
            using var r = command.ExecuteReader();
            Assert.True(r.Read());
            return new QrClaims(number, r.GetString(0), r.GetInt32(1), DateOnly.Parse(r.GetString(2), System.Globalization.CultureInfo.InvariantCulture));
        }
        var valid = Claims(DemoRecords.Valid(site));
        switch (kind)
        {
            case "genuine": return Link(key.Sign(valid));
            case "changed":
                var signed = key.Sign(valid);
                return Link(signed with { Claims = valid with { Level = valid.Level == 5 ? 4 : valid.Level + 1 } });
            case "revoked-record": return Link(key.Sign(Claims(DemoRecords.Revoked(site))));
            case "revoked-key":
                using (var leaked = SigningKey.FromPem(File.ReadAllText(site.Demo.LeakedSigningKey!))) return Link(leaked.Sign(valid));
            default:
                using (var stranger = SigningKey.Create()) return Link(stranger.Sign(valid));
        }
    }

    private static async Task<int> VerifyQrAsync(string link, string keys)
    {
        using var process = Process.Start(SkillcertLaunch.Of(["verify-qr", link, "--keys", keys]))!;
        await Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync(), process.WaitForExitAsync());
        return process.ExitCode;
    }

    private async Task<IPage> ScanAsync(string link, bool online)
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        if (!online) await page.RouteAsync("**/api/v1/**", route => route.AbortAsync());
        await page.GotoAsync(site.Url("/scan/").ToString());
        await page.FillAsync("#scan-link", link);
        await page.ClickAsync("#scan-form button[type=submit]");
        await page.Locator("#scan-online").WaitForAsync();
        return page;
    }

    [Theory]
    [MemberData(nameof(Links))]
    public async Task Every_checker_gives_the_same_verdict_for_the_same_link(string kind, string offline, string online)
    {
        var link = LinkFor(kind);

        var exit = await VerifyQrAsync(link, Path.Combine(site.Demo.Site, "keys.json"));
        Assert.Equal(offline == "signed" ? 0 : 1, exit);

        var cut = await ScanAsync(link, online: false);
        Assert.Equal(offline, await cut.Locator("#scan-signature").GetAttributeAsync("data-verdict"));
        Assert.Equal(1, await cut.Locator("[data-verdict]").CountAsync());

        var connected = await ScanAsync(link, online: true);
        Assert.Equal(online, await connected.Locator("#scan-online").GetAttributeAsync("data-verdict"));
        Assert.Equal(1, await connected.Locator("[data-verdict]").CountAsync());

        var result = await chromium.NewPageAsync(Viewport.Phone);
        await result.GotoAsync(site.Url(new Uri(link).PathAndQuery).ToString());
        Assert.Equal(online, await result.GetAttributeAsync("[data-verdict]", "data-verdict"));

        using var http = new HttpClient { BaseAddress = site.BaseAddress };
        var number = QrLink.TryParse(link)!.Claims.Number;
        using var json = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync($"/api/v1/certificates/{number}?qr={Uri.EscapeDataString(link)}"));
        Assert.Equal(online, json.RootElement.GetProperty("verdict").GetString());
    }
}
