using System.Net.Http.Json;

namespace SkillCert.Tests.Integration.Api;

public class LoggingTests
{
    [Fact]
    public async Task Names_and_id_numbers_never_reach_the_logs_even_at_trace_level()
    {
        // Everything at Trace, the host's own request lines included, to prove the service's filter holds anyway.
        await using var app = new VerifyApplication(realKestrel: true, settings: new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace",
        });
        var client = app.Client();
        await client.GetAsync("/api/v1/certificates/" + ExportFixture.ValidNumber + "?name=" + Uri.EscapeDataString(ExportFixture.ZhangName));
        await client.GetAsync("/api/v1/certificates/" + ExportFixture.ValidNumber + "?name=" + Uri.EscapeDataString("欧阳娜娜"));
        await client.GetAsync("/verify?number=" + ExportFixture.ValidNumber + "&name=" + Uri.EscapeDataString("欧阳娜娜"));
        await client.PostAsJsonAsync(new Uri("/api/v1/lookups", UriKind.Relative), new { name = ExportFixture.ZhangName, idNumber = ExportFixture.ZhangId });
        await client.PostAsJsonAsync(new Uri("/api/v1/lookups", UriKind.Relative), new { name = "欧阳娜娜", idNumber = ExportFixture.LiId });
        await client.PostAsync(new Uri("/api/v1/lookups", UriKind.Relative),
            new StringContent("{\"name\":\"欧阳娜娜\",\"idNumber\":" + ExportFixture.LiId, System.Text.Encoding.UTF8, "application/json"));
        // The site's lookup form posts the same fields as a form body.
        await client.PostAsync(new Uri("/lookup", UriKind.Relative),
            new FormUrlEncodedContent([new("name", ExportFixture.ZhangName), new("idNumber", ExportFixture.ZhangId)]));
        await client.PostAsync(new Uri("/lookup", UriKind.Relative), new FormUrlEncodedContent([new("name", "欧阳娜娜"), new("idNumber", ExportFixture.LiId)]));

        var logs = string.Join("\n", app.Logs);
        Assert.Contains("/api/v1/certificates/{number}", logs, StringComparison.Ordinal);
        foreach (var secret in new[]
                 {
                     ExportFixture.ZhangName, "欧阳娜娜", Uri.EscapeDataString("欧阳娜娜"), Uri.EscapeDataString(ExportFixture.ZhangName),
                     ExportFixture.ZhangId, ExportFixture.LiId, ExportFixture.ZhangId[^6..], ExportFixture.LiId[..10],
                 })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }
    }
}
