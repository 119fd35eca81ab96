using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SkillCert.Tests.Integration.Api;

public class NumbersApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task A_number_is_decoded_without_a_database()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/api/v1/numbers/Y000014000001193000001", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("wellFormed").GetBoolean());
        Assert.Equal("山西省", json.RootElement.GetProperty("fields").GetProperty("province").GetProperty("meaning").GetString());
    }
}
