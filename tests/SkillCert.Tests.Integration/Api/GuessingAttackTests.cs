using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using SkillCert.VerifyApi.Configuration;
using Xunit.Abstractions;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// The review's attack (issue 13), replayed against the real service with its default budgets on what is guessed: first
/// the one masked character of a holder's name through <c>?name=</c>, then the birth date in the ID number through
/// <c>POST /api/v1/lookups</c>. The per-client limits are raised out of the way, as for an attacker with endless
/// addresses, so only the budgets per certificate, per name and per region stand between the attacker and the holder.
/// </summary>
public partial class GuessingAttackTests(ITestOutputHelper output)
{
    private static readonly Uri Lookups = new("/api/v1/lookups", UriKind.Relative);

    /// <summary>Given-name characters in an attacker's order of likelihood; the holder's (三) is the 34th, as in the review.</summary>
    private const string Candidates = "伟芳娜敏静丽强磊军洋勇艳杰娟涛超霞平刚华玉萍红玲芬燕彬宇浩凯健俊帆" + "三" + "龙林波鹏辉斌建国志文利民永";

    private static readonly RateLimitOptions Defaults = new();

    private static VerifyApplication WithDefaultBudgets() => new(settings: VerifyApplication.DefaultBudgets());

    [GeneratedRegex("data-verdict=\"(?<v>[a-z-]+)\"")]
    private static partial Regex VerdictAttribute();

    [Fact]
    public async Task Guessing_the_masked_character_of_a_name_stops_at_the_certificates_daily_cap_on_every_surface()
    {
        Assert.Equal(Candidates.Length, Candidates.Distinct().Count());
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        var outcomes = new List<string>();
        var requests = 0;
        for (var i = 0; i < Candidates.Length; i++)
        {
            var guess = $"{ExportFixture.ZhangName[0]}{Candidates[i]}{ExportFixture.ZhangName[2]}";
            var (outcome, sent) = await AskAsync(client, i % 4, guess);
            requests += sent;
            outcomes.Add(outcome);
            if (outcome == "matches") break;
        }
        output.WriteLine($"{outcomes.Count} guesses in {requests} requests: {string.Join(" ", outcomes)}");

        Assert.DoesNotContain("matches", outcomes);
        Assert.Equal(Enumerable.Repeat("differs", Defaults.WrongNamesPerCertificate), outcomes.Take(Defaults.WrongNamesPerCertificate));
        Assert.All(outcomes.Skip(Defaults.WrongNamesPerCertificate), o => Assert.Equal("refused", o));
        // The holder's own name is refused too, so a refusal says nothing about the guess.
        Assert.Equal("refused", outcomes[Candidates.IndexOf('三', StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Guessing_the_birth_date_in_an_id_number_stops_at_the_names_daily_cap()
    {
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        var dates = BirthDateCandidates(ExportFixture.ZhangId).ToList();
        var answers = new List<HttpStatusCode>();
        var found = -1;
        foreach (var id in dates)
        {
            using var response = await client.PostAsJsonAsync(Lookups, new { name = ExportFixture.ZhangName, idNumber = id });
            answers.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK && (await response.JsonAsync()).GetProperty("found").GetInt32() > 0)
            {
                found = answers.Count;
                break;
            }
        }
        var refused = answers.Count(a => a == HttpStatusCode.TooManyRequests);
        output.WriteLine($"{dates.Count} candidate dates; {answers.Count} lookups sent; found at {found}; {refused} answered 429");

        Assert.Equal(-1, found);
        Assert.Equal(dates.Count, answers.Count);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, Defaults.FailedLookupsPerName), answers.Take(Defaults.FailedLookupsPerName));
        Assert.All(answers.Skip(Defaults.FailedLookupsPerName), a => Assert.Equal(HttpStatusCode.TooManyRequests, a));
    }

    [Fact]
    public async Task Guessing_with_a_new_name_each_time_stops_at_the_regions_daily_cap()
    {
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        var dates = BirthDateCandidates(ExportFixture.ZhangId).ToList();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < Defaults.FailedLookupsPerRegion + 20; i++)
        {
            var name = $"{ExportFixture.ZhangName[0]}{Candidates[i % Candidates.Length]}{(char)('甲' + i / Candidates.Length)}";
            using var response = await client.PostAsJsonAsync(Lookups, new { name, idNumber = dates[i] });
            answers.Add(response.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, Defaults.FailedLookupsPerRegion), answers.Take(Defaults.FailedLookupsPerRegion));
        Assert.All(answers.Skip(Defaults.FailedLookupsPerRegion), a => Assert.Equal(HttpStatusCode.TooManyRequests, a));
    }

    /// <summary>
    /// Every ID number the masked form (region code, sequence digits and check character) leaves open: the birth dates of
    /// people aged 18 to 56 in 2026 whose check character comes out as the known one, oldest first.
    /// </summary>
    private static IEnumerable<string> BirthDateCandidates(string id)
    {
        var (region, tail) = (id[..6], id[^4..]);
        for (var day = new DateOnly(1970, 1, 1); day <= new DateOnly(2008, 12, 31); day = day.AddDays(1))
        {
            var candidate = ExportFixture.WithCheck(region + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + tail[..3]);
            if (candidate[^1] == tail[^1]) yield return candidate;
        }
    }

    /// <summary>One guess through one of the four surfaces that compare a name with a certificate; returns the name check and the requests sent.</summary>
    private static async Task<(string Outcome, int Requests)> AskAsync(HttpClient client, int surface, string guess)
    {
        var name = Uri.EscapeDataString(guess);
        switch (surface)
        {
            case 0:
                var json = await (await client.GetAsync($"/api/v1/certificates/{ExportFixture.ValidNumber}?name={name}")).JsonAsync();
                return (json.GetProperty("nameCheck").GetString()!, 1);
            case 1:
                return (await PageOutcomeAsync(client, $"/c/{ExportFixture.ValidNumber}?name={name}"), 1);
            case 2:
                return (await PageOutcomeAsync(client, $"/c/{ExportFixture.ValidNumber}/certificate?name={name}"), 1);
            default:
                var redirect = await client.GetAsync($"/verify?number={ExportFixture.ValidNumber}&name={name}");
                Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
                return (await PageOutcomeAsync(client, redirect.Headers.Location!.OriginalString), 2);
        }
    }

    private static async Task<string> PageOutcomeAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return VerdictAttribute().Match(html).Groups["v"].Value switch
        {
            "genuine" => "matches",
            "name-mismatch" => "differs",
            "unconfirmed" => "refused",
            var other => other,
        };
    }
}
