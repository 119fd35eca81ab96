using System.Net;
using System.Net.Http.Json;

namespace SkillCert.Tests.Integration.Api;

/// <summary>The daily budgets on failed lookups, per holder name (10 by default) and per region code (50).</summary>
public class LookupBudgetTests
{
    private static readonly Uri Lookups = new("/api/v1/lookups", UriKind.Relative);
    private const int NameCap = 10;

    private static VerifyApplication WithDefaultBudgets() => new(settings: VerifyApplication.DefaultBudgets());

    private static Task<HttpResponseMessage> Look(HttpClient client, string name, string idNumber) =>
        client.PostAsJsonAsync(Lookups, new { name, idNumber });

    /// <summary>A resident ID number of 忻府区 that no holder has, different for each i.</summary>
    private static string UnknownId(int i) => ExportFixture.WithCheck($"1409021988{i % 12 + 1:00}{i % 28 + 1:00}{i % 1000:000}");

    private static async Task PauseZhangAsync(HttpClient client)
    {
        for (var i = 0; i < NameCap; i++) Assert.Equal(HttpStatusCode.OK, (await Look(client, ExportFixture.ZhangName, UnknownId(i))).StatusCode);
    }

    [Fact]
    public async Task A_paused_lookup_answers_429_problem_json_in_both_languages_until_midnight()
    {
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        await PauseZhangAsync(client);

        var response = await Look(client, ExportFixture.ZhangName, ExportFixture.ZhangId);
        var body = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        Assert.Equal("name", body.GetProperty("paused").GetString());
        Assert.Contains("暂停到今天 24 时", body.GetProperty("detailZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("paused until midnight", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // The test clock stands at noon in its zone: twelve hours to go.
        Assert.Equal(TimeSpan.FromHours(12), response.Headers.RetryAfter!.Delta);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task A_pause_answers_the_same_for_an_id_number_that_exists_and_one_that_does_not()
    {
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        await PauseZhangAsync(client);

        var known = await Look(client, ExportFixture.ZhangName, ExportFixture.ZhangId);
        var unknown = await Look(client, ExportFixture.ZhangName, UnknownId(99));
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.RetryAfter, unknown.Headers.RetryAfter);
        Assert.Equal(WithoutTrace(await known.JsonAsync()), WithoutTrace(await unknown.JsonAsync()));
    }

    /// <summary>The problem's members but its traceId, which differs for every request.</summary>
    private static string WithoutTrace(System.Text.Json.JsonElement problem) =>
        string.Join("\n", problem.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value.GetRawText()}"));

    [Fact]
    public async Task Lookups_that_find_the_holder_spend_nothing()
    {
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        for (var i = 0; i < 3 * NameCap; i++)
            Assert.Equal(2, (await (await Look(client, ExportFixture.ZhangName, ExportFixture.ZhangId)).JsonAsync()).GetProperty("found").GetInt32());

        await PauseZhangAsync(client);
    }

    [Fact]
    public async Task A_paused_name_leaves_other_names_free()
    {
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        await PauseZhangAsync(client);

        var li = await Look(client, ExportFixture.LiName, ExportFixture.LiId);
        Assert.Equal(1, (await li.JsonAsync()).GetProperty("found").GetInt32());
    }

    [Fact]
    public async Task Documents_other_than_resident_ids_count_only_against_the_name()
    {
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        // Twice the region's budget of failures, with a new name each time and passport-like numbers.
        for (var i = 0; i < 100; i++)
            Assert.Equal(HttpStatusCode.OK, (await Look(client, "护照" + (char)('甲' + i), $"E{14090200 + i}")).StatusCode);
    }
}
