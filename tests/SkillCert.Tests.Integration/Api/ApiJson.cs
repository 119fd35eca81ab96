using System.Net.Http.Headers;
using System.Text.Json;

namespace SkillCert.Tests.Integration.Api;

/// <summary>Small conveniences for reading the service's answers in tests.</summary>
public static class ApiJson
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string path, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        return client.SendAsync(request);
    }

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    public static string Check(this JsonElement certificate, string name) =>
        certificate.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("check").GetString() == name).GetProperty("verdict").GetString()!;
}
