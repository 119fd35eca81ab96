using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.Tests.Integration.Api;

/// <summary>Every setting and every address the service offers must be in docs/verification-service.md, or this fails.</summary>
public class DocumentationTests
{
    private static readonly string Readme = Docs.DocsTree.Doc("verification-service.md");

    /// <summary>SkillCert:Export, SkillCert:RateLimit:PermitsPerMinute, … walked from the options type itself.</summary>
    private static IEnumerable<string> Keys(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = prefix + ":" + property.Name;
            if (property.PropertyType.IsClass && property.PropertyType != typeof(string))
            {
                foreach (var nested in Keys(property.PropertyType, key)) yield return nested;
            }
            else
            {
                yield return key;
            }
        }
    }

    [Fact]
    public void Every_configuration_key_is_documented()
    {
        var missing = Keys(typeof(VerifyOptions), VerifyOptions.Section).Append("--urls")
            .Where(k => !Readme.Contains($"`{k}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "docs/verification-service.md does not document: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Every_endpoint_is_documented()
    {
        await using var app = new VerifyApplication();
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.Replace("{documentName}", "v1", StringComparison.Ordinal).TrimEnd('/'))
            .Distinct().ToList();
        Assert.Contains("/api/v1/certificates/{number}", routes);
        // Written in code spans, alone or after a method, and followed by the span's end, a query or a space.
        var missing = routes.Where(r => !Regex.IsMatch(Readme, "[` ]" + Regex.Escape(r) + "[`? ]")).ToList();
        Assert.True(missing.Count == 0, "docs/verification-service.md does not document: " + string.Join(", ", missing));
    }
}
