using System.Text.Json;
using SkillCert.Tests.Integration.Build;

namespace SkillCert.Tests.Integration.Deploy;

/// The service's image holds what verify-api's restore resolved (obj/project.assets.json, from which the publish writes
/// the service's deps.json and copies its assemblies): core and rendering, and never the generator, the demo, or the
/// readers and writers that only the command line needs.
public class ServiceImageTests
{
    /// The generator's own packages: content (YAML, Markdown, HTML), rosters and forms (CSV, spreadsheets), the command
    /// line and its console, and the PDF printer.
    private static readonly string[] GeneratorPackages =
        ["YamlDotNet", "Markdig", "AngleSharp", "Sylvan.Data.Csv", "MiniExcel", "ClosedXML", "System.CommandLine", "Spectre.Console", "PuppeteerSharp"];

    [Fact]
    public void The_service_references_core_and_rendering_and_no_other_project()
    {
        Assert.Equal(["SkillCert.Core", "SkillCert.Rendering"], Libraries("verify-api", "project"));
    }

    [Fact]
    public void The_rendering_library_references_core_alone()
    {
        Assert.Equal(["SkillCert.Core"], Libraries("rendering", "project"));
    }

    [Fact]
    public void No_package_of_the_generator_reaches_the_service()
    {
        Assert.Empty(Libraries("verify-api", "package").Intersect(GeneratorPackages));
    }

    [Fact]
    public void The_demo_alone_joins_the_generator_and_its_packages_to_the_service()
    {
        var projects = Libraries("demo", "project");
        Assert.Contains("SkillCert.VerifyApi", projects);
        // The generator's project is listed by its assembly's name, the command's.
        Assert.Contains("skillcert", projects);
        Assert.Equal(GeneratorPackages.Order(StringComparer.Ordinal), Libraries("demo", "package").Intersect(GeneratorPackages));
    }

    /// The names of the libraries of one kind (project or package) that a project's restore resolved, direct and transitive, in order.
    private static IReadOnlyList<string> Libraries(string projectFolder, string type)
    {
        var assets = Path.Combine(RepositoryPaths.Root, projectFolder, "obj", "project.assets.json");
        Assert.True(File.Exists(assets), $"{assets} is missing: restore or build the solution first");
        using var json = JsonDocument.Parse(File.ReadAllBytes(assets));
        return json.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(l => l.Value.GetProperty("type").GetString() == type)
            .Select(l => l.Name[..l.Name.IndexOf('/', StringComparison.Ordinal)])
            .Order(StringComparer.Ordinal).ToArray();
    }
}
