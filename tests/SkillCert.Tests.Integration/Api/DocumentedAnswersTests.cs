using System.Net;
using System.Text;
using SkillCert.Core.Signing;
using SkillCert.Tests.Integration.Certificates;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// Every operation of the OpenAPI document, called over a real socket with good and bad inputs: each answer's status,
/// content type and JSON body must be what the document declares for that operation. Every documented operation must be
/// called here, so an operation added without inputs to try fails <see cref="Every_documented_operation_is_called"/>.
/// </summary>
public class DocumentedAnswersTests
{
    private const string Certificate = "GET /api/v1/certificates/{number}";
    private const string Lookup = "POST /api/v1/lookups";
    private const string LookupForm = "POST /lookup";
    private const string LookupFormOpened = "GET /lookup";
    private const string Numbers = "GET /api/v1/numbers/{number}";
    private const string Healthz = "GET /healthz";
    private const string Readyz = "GET /readyz";
    private const string View = "GET /c/{number}/certificate";
    private const string Verify = "GET /verify";
    private const string Result = "GET /c/{number}";
    private const string QrVersion0 = "GET /c/{number}/{level}/{date}/{key}/{holder}/{signature}";
    private const string QrVersion1 = "GET /c/{number}/{version}/{level}/{date}/{key}/{holder}/{signature}";

    private static readonly Uri VerifyUrl = new(ExportFixture.Site.VerifyUrl);
    private static readonly QrClaims ZhangClaims = new(ExportFixture.ValidNumber, ExportFixture.ZhangName, 3, new DateOnly(2022, 5, 10));
    private static readonly string LongName = new('a', 7000);
    private static readonly string Zhang = Uri.EscapeDataString(ExportFixture.ZhangName);
    private static readonly string Spaced = Uri.EscapeDataString("y0000 14 000001 22 3 000001");

    /// <summary>One request: the operation it calls, and how.</summary>
    private sealed record Call(string Operation, string Target, HttpMethod? Method = null, Func<HttpContent>? Body = null, bool Revalidate = false);

    private static IEnumerable<Call> WithExport()
    {
        var v1 = Path(QrLink.Build(VerifyUrl, ExportFixture.Signer.Sign(ZhangClaims)));
        var v0 = Path(QrLink.Build(VerifyUrl, LegacySignature.HighS(ExportFixture.Signer.ExportPrivateKeyPem(), ZhangClaims)));
        var forged = Path(QrLink.Build(VerifyUrl, ExportFixture.Signer.Sign(ZhangClaims with { Name = "张三" })));
        foreach (var number in new[] { ExportFixture.ValidNumber, ExportFixture.RevokedNumber, ExportFixture.UnknownNumber, "X0000", "%20", new string('1', 100) })
        {
            yield return new(Certificate, "/api/v1/certificates/" + number);
            yield return new(Numbers, "/api/v1/numbers/" + number);
            yield return new(Result, "/c/" + number);
            yield return new(View, "/c/" + number + "/certificate");
            yield return new(Verify, "/verify?number=" + number);
        }
        foreach (var query in new[] { "?name=" + Zhang, "?name=%E5%BC%A0%E4%B8%89", "?name=" + LongName, "?qr=" + Uri.EscapeDataString("https://verify.test.example" + v1),
                     "?qr=" + new string('Q', 2000), "?qr=nonsense" })
            yield return new(Certificate, "/api/v1/certificates/" + ExportFixture.ValidNumber + query);
        yield return new(Certificate, "/api/v1/certificates/" + Spaced + "?name=" + Zhang);
        yield return new(Certificate, "/api/v1/certificates/" + ExportFixture.ValidNumber, Revalidate: true);
        yield return new(Certificate, "/api/v1/certificates/" + ExportFixture.ValidNumber, HttpMethod.Post, () => Json("{}"));
        yield return new(Certificate, "/api/v1/certificates/" + ExportFixture.ValidNumber + "?name=" + new string('a', 9000));

        yield return new(Lookup, "/api/v1/lookups", HttpMethod.Post, () => Json($"{{\"name\":\"{ExportFixture.ZhangName}\",\"idNumber\":\"{ExportFixture.ZhangId}\"}}"));
        yield return new(Lookup, "/api/v1/lookups", HttpMethod.Post, () => Json($"{{\"name\":\"{ExportFixture.LiName}\",\"idNumber\":\"{ExportFixture.ZhangId}\"}}"));
        yield return new(Lookup, "/api/v1/lookups", HttpMethod.Post, () => Json("{\"name\":null,\"idNumber\":null}"));
        yield return new(Lookup, "/api/v1/lookups", HttpMethod.Post, () => Json("{}"));
        yield return new(Lookup, "/api/v1/lookups", HttpMethod.Post, () => Json("[1,"));
        yield return new(Lookup, "/api/v1/lookups", HttpMethod.Post, () => new StringContent("{}", Encoding.UTF8, "text/plain"));
        yield return new(Lookup, "/api/v1/lookups", HttpMethod.Post, () => Json($"{{\"name\":\"{new string('张', 3000)}\",\"idNumber\":\"1\"}}"));

        yield return new(LookupForm, "/lookup", HttpMethod.Post, () => Form(ExportFixture.ZhangName, ExportFixture.ZhangId));
        yield return new(LookupForm, "/lookup", HttpMethod.Post, () => Form(ExportFixture.LiName, ExportFixture.ZhangId));
        yield return new(LookupForm, "/lookup", HttpMethod.Post, () => Form("", ""));
        yield return new(LookupForm, "/lookup", HttpMethod.Post, () => Form(new string('张', 1000), "1"));
        yield return new(LookupForm, "/lookup", HttpMethod.Post, () => Json("{}"));
        yield return new(LookupFormOpened, "/lookup");
        yield return new(LookupFormOpened, "/lookup?name=" + Zhang + "&idNumber=" + ExportFixture.ZhangId);

        yield return new(Healthz, "/healthz");
        yield return new(Readyz, "/readyz");

        foreach (var query in new[] { "?name=" + Zhang, "?name=" + LongName, "?n=x&l=3&d=2022-05-10&k=k1&s=AAAA" })
            yield return new(View, "/c/" + ExportFixture.ValidNumber + "/certificate" + query);
        yield return new(View, "/c/" + Spaced + "/certificate?name=" + Zhang);

        foreach (var query in new[] { "", "?number=", "?name=" + Zhang, "?number=" + Spaced + "&name=" + Zhang, "?number=" + ExportFixture.ValidNumber + "&name=" + LongName })
            yield return new(Verify, "/verify" + query);

        foreach (var query in new[] { "?name=" + Zhang, "?name=" + LongName, "?n=x&l=3&d=2022-05-10&k=k1&s=AAAA" })
            yield return new(Result, "/c/" + ExportFixture.ValidNumber + query);
        yield return new(Result, "/c/" + Spaced + "?name=" + Zhang);
        yield return new(Result, "/c/" + ExportFixture.ValidNumber, Revalidate: true);

        yield return new(QrVersion1, v1);
        yield return new(QrVersion1, forged);
        yield return new(QrVersion1, v1.Replace(ExportFixture.ValidNumber, ExportFixture.UnknownNumber, StringComparison.Ordinal));
        yield return new(QrVersion1, v1.Replace(ExportFixture.ValidNumber, "X0000", StringComparison.Ordinal));
        yield return new(QrVersion0, v0);
        yield return new(QrVersion0, v0.Replace(ExportFixture.ValidNumber, ExportFixture.UnknownNumber, StringComparison.Ordinal));
        yield return new(QrVersion0, "/c/" + ExportFixture.ValidNumber + "/9/20220510/k/%E5%BC%A0/AAAA");
    }

    private static IEnumerable<Call> WithoutExport() =>
    [
        new(Certificate, "/api/v1/certificates/" + ExportFixture.ValidNumber),
        new(Lookup, "/api/v1/lookups", HttpMethod.Post, () => Json($"{{\"name\":\"{ExportFixture.ZhangName}\",\"idNumber\":\"{ExportFixture.ZhangId}\"}}")),
        new(LookupForm, "/lookup", HttpMethod.Post, () => Form(ExportFixture.ZhangName, ExportFixture.ZhangId)),
        new(Readyz, "/readyz"),
        new(Result, "/c/" + ExportFixture.ValidNumber),
        new(View, "/c/" + ExportFixture.ValidNumber + "/certificate"),
        new(QrVersion1, Path(QrLink.Build(VerifyUrl, ExportFixture.Signer.Sign(ZhangClaims)))),
    ];

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static FormUrlEncodedContent Form(string name, string idNumber) => new([new("name", name), new("idNumber", idNumber)]);

    private static string Path(string link) => new Uri(link).PathAndQuery;

    /// <summary>Makes each call and returns every way an answer differs from the document, and the operations called.</summary>
    private static async Task<(List<string> Problems, HashSet<string> Called)> CallAsync(VerifyApplication app, IEnumerable<Call> calls)
    {
        app.Client();
        // A client of its own: over a real socket the factory's client follows redirects, and the redirect is the answer here.
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = app.ServerAddress };
        var contract = new OpenApiContract(await (await client.GetAsync("/openapi/v1.json")).JsonAsync());
        var problems = new List<string>();
        var called = new HashSet<string>(StringComparer.Ordinal);
        foreach (var call in calls)
        {
            Assert.Contains(call.Operation, contract.Operations);
            called.Add(call.Operation);
            using var request = new HttpRequestMessage(call.Method ?? HttpMethod.Get, new Uri(call.Target, UriKind.Relative)) { Content = call.Body?.Invoke() };
            if (call.Revalidate)
            {
                using var first = await client.GetAsync(call.Target);
                request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            }
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            problems.AddRange(contract.Problems(call.Operation, response.StatusCode, response.MediaType(), body)
                .Select(p => $"{call.Method ?? HttpMethod.Get} {call.Target[..Math.Min(call.Target.Length, 90)]}: {p}"));
        }
        return (problems, called);
    }

    [Fact]
    public async Task Every_answer_with_an_export_is_as_documented()
    {
        await using var app = new VerifyApplication(realKestrel: true);
        var (problems, _) = await CallAsync(app, WithExport());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_answer_without_an_export_is_as_documented()
    {
        await using var app = new VerifyApplication(withExport: false, realKestrel: true);
        var (problems, _) = await CallAsync(app, WithoutExport());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_rate_limited_answer_is_as_documented()
    {
        await using var app = new VerifyApplication(realKestrel: true, settings: new Dictionary<string, string?>
        {
            ["SkillCert:RateLimit:PermitsPerMinute"] = "1",
            ["SkillCert:RateLimit:LookupPermitsPerMinute"] = "1",
        });
        var limited = WithExport().Where(c => c.Operation is not (Healthz or Readyz)).GroupBy(c => c.Operation).SelectMany(g => g.Take(2)).ToList();
        var (problems, _) = await CallAsync(app, limited);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_documented_operation_is_called()
    {
        await using var app = new VerifyApplication();
        var contract = new OpenApiContract(await (await app.Client().GetAsync("/openapi/v1.json")).JsonAsync());
        var called = WithExport().Concat(WithoutExport()).Select(c => c.Operation).ToHashSet(StringComparer.Ordinal);
        var missing = contract.Operations.Where(o => !called.Contains(o)).ToList();
        Assert.True(missing.Count == 0, "no inputs for: " + string.Join(", ", missing));
    }
}
