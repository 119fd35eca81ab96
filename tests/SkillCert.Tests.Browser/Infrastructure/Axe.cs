using System.Text.Json;
using Microsoft.Playwright;

namespace SkillCert.Tests.Browser.Infrastructure;

/// Runs axe-core (installed by test.sh from the pinned package-lock.json) in a page and returns the
/// violations of impact serious or critical.
internal static class Axe
{
    private static readonly string Script = RepositoryRoot.Combine("tests", "SkillCert.Tests.Browser", "node_modules", "axe-core", "axe.min.js");

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        if (!File.Exists(Script))
            throw new InvalidOperationException($"{Script} is missing; run ./test.sh, which installs it with npm ci");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Script });
        // Parsing a string avoids the $id noise Playwright adds when it maps a JsonElement.
        var json = await page.EvaluateAsync<string>("async () => JSON.stringify(await axe.run())");
        using var doc = JsonDocument.Parse(json);
        var found = new List<string>();
        foreach (var v in doc.RootElement.GetProperty("violations").EnumerateArray())
        {
            var impact = v.GetProperty("impact").GetString();
            if (impact is not ("serious" or "critical")) continue;
            var targets = v.GetProperty("nodes").EnumerateArray()
                .Select(n => n.GetProperty("target").ToString()).Take(3);
            found.Add($"{impact} {v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} at {string.Join(", ", targets)}");
        }
        return found;
    }
}
