using SkillCert.Tests.Integration.Build;

namespace SkillCert.Tests.Integration.Cli;

/// <summary>
/// test.sh runs the tests that start skillcert again on the native build, chosen by their trait: a class that starts
/// skillcert without the trait would be tested on the JIT build alone, which is not what administrators run.
/// </summary>
public class NativeRerunTests
{
    // The calls that start a skillcert process; the files that define them are the launchers themselves.
    private static readonly string[] Starts = ["SkillcertProcess.", "ServeProcess.", "SkillcertLaunch.Of("];
    private static readonly string[] Launchers = ["SkillcertProcess.cs", "ServeProcess.cs", "SkillcertLaunch.cs"];
    private const string Marked = "[Trait(SkillcertLaunch.Trait, SkillcertLaunch.Skillcert)]";

    private static IEnumerable<(string File, string Text)> Sources() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "SkillCert.Tests.Integration"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !Launchers.Contains(Path.GetFileName(f)))
            .Select(f => (Path.GetRelativePath(RepositoryPaths.Root, f), File.ReadAllText(f)));

    private static bool StartsSkillcert(string text) => Starts.Any(s => text.Contains(s, StringComparison.Ordinal));

    private static bool HoldsTests(string text) => text.Contains("[Fact", StringComparison.Ordinal) || text.Contains("[Theory", StringComparison.Ordinal);

    [Fact]
    public void Every_test_file_that_starts_skillcert_carries_the_trait_that_reruns_it_natively()
    {
        var starting = Sources().Where(s => StartsSkillcert(s.Text)).ToList();
        Assert.NotEmpty(starting);
        Assert.Empty(starting.Where(s => !s.Text.Contains(Marked, StringComparison.Ordinal)).Select(s => s.File));
    }

    [Fact]
    public void Only_test_files_start_skillcert_so_that_no_helper_hides_a_start_from_the_trait()
    {
        Assert.Empty(Sources().Where(s => StartsSkillcert(s.Text) && !HoldsTests(s.Text)).Select(s => s.File));
    }
}
