using System.Reflection;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.OpenData;
using SkillCert.Tests.Integration.Corpus;

namespace SkillCert.Tests.Integration.Build;

/// What a user can meet must be written down: every diagnostic code, option and open-data column is in the README.
public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

    [Fact]
    public void Every_diagnostic_code_is_documented()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);
        Assert.All(codes, code => Assert.Contains(code, Readme, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_build_option_is_documented()
    {
        foreach (var option in new[] { "--content DIR", "--templates DIR", "--out DIR", "--as-of DATE", "--export DB", "--no-cache" })
            Assert.Contains($"`{option}`", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_serve_option_is_documented()
    {
        foreach (var option in new[] { "--content DIR", "--templates DIR", "--port N", "--as-of DATE", "--export DB" })
            Assert.Contains($"`{option}`", Readme[Readme.IndexOf("### `skillcert serve", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "tests", "SkillCert.Benchmarks", "serve-edit.sh")));
        Assert.Contains("tests/SkillCert.Benchmarks/serve-edit.sh", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_csv_column_is_documented() =>
        Assert.Contains(string.Join(", ", CatalogueCsv.Columns), Readme.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);

    [Fact]
    public void The_benchmark_script_named_in_the_readme_exists()
    {
        Assert.Contains("tests/SkillCert.Benchmarks/site-vs-hugo.sh", Readme, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "tests", "SkillCert.Benchmarks", "site-vs-hugo.sh")));
    }

    [Fact]
    public void The_hardening_scripts_named_in_the_readme_exist()
    {
        foreach (var script in new[] { "tests/fuzz.sh", "tests/soak.sh" })
        {
            Assert.Contains($"`{script}", Readme, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, script)), script);
        }
    }

    [Fact]
    public void The_readme_gives_the_corpus_sizes_as_they_are()
    {
        Assert.Contains($"{CorpusCase.Names(ContentCorpusTests.Kind).Count} content cases", Readme, StringComparison.Ordinal);
        Assert.Contains($"{CorpusCase.Names(RosterCorpusTests.Kind).Count} roster cases", Readme, StringComparison.Ordinal);
    }
}
