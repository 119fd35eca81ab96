using System.Diagnostics;
using SkillCert.Tests.Integration.Build;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// Runs tests/openapi/validate.mjs, @apidevtools/swagger-parser and the specification's rules it leaves to others, on a
/// document, with node. test.sh installs the validator (npm ci --prefix tests/openapi); without it this fails and says so.
/// </summary>
internal static class OpenApiValidator
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "openapi");

    public static async Task<(int ExitCode, string Output)> ValidateAsync(string json)
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules", "@apidevtools", "swagger-parser")),
            $"the OpenAPI validator is not installed; run: npm ci --prefix {Path.GetRelativePath(Environment.CurrentDirectory, Folder)} (./test.sh does)");
        var scratch = Directory.CreateTempSubdirectory("skillcert-openapi-");
        try
        {
            var file = Path.Combine(scratch.FullName, "openapi.json");
            await File.WriteAllTextAsync(file, json);
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Folder };
            start.ArgumentList.Add(Path.Combine(Folder, "validate.mjs"));
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, (await output + await errors).Trim());
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
