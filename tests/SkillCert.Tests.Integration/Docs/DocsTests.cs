using System.CommandLine;
using System.Reflection;
using System.Text.RegularExpressions;
using SkillCert.Generator.Commands;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.OpenData;
using SkillCert.Tests.Integration.Build;
using SkillCert.Tests.Integration.Corpus;

namespace SkillCert.Tests.Integration.Docs;

/// What a user can meet is written down, and what the docs say exists: every command, option, diagnostic code,
/// open-data column, script and link.
public partial class DocsTests
{
    private static readonly RootCommand Skillcert = SkillcertCommand.Create();

    /// Every command and subcommand, by its full name ("keys new"), with its options' names.
    private static IEnumerable<(string Name, Command Command)> Commands(Command parent, string prefix = "")
    {
        foreach (var command in parent.Subcommands)
        {
            var name = prefix + command.Name;
            yield return (name, command);
            foreach (var sub in Commands(command, name + " ")) yield return sub;
        }
    }

    private static IEnumerable<string> OptionNames(Command command) =>
        command.Options.Where(o => o.Name is not ("--help" or "-h" or "-?" or "--version")).Select(o => o.Name);

    /// The docs' section for a top-level command: the heading that starts with `skillcert NAME.
    private static string SectionOf(string topLevel) =>
        DocsTree.Files.Values.Select(f => DocsTree.Section(f, $"`skillcert {topLevel}")).FirstOrDefault(s => s.Length > 0) ?? "";

    [Fact]
    public void The_readme_is_a_front_door_of_at_most_150_lines()
    {
        Assert.True(DocsTree.Readme.Split('\n').Length <= 150, $"the README has {DocsTree.Readme.Split('\n').Length} lines");
        Assert.Contains("dotnet run --project demo", DocsTree.Readme, StringComparison.Ordinal);
        Assert.Contains("./test.sh", DocsTree.Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_has_a_section_in_the_docs()
    {
        foreach (var command in Skillcert.Subcommands)
            Assert.True(SectionOf(command.Name).Length > 0, $"no docs heading starts with `skillcert {command.Name}");
    }

    [Fact]
    public void Every_option_of_every_command_is_documented_in_its_section()
    {
        foreach (var (name, command) in Commands(Skillcert))
        {
            var section = SectionOf(name.Split(' ')[0]);
            foreach (var option in OptionNames(command))
                Assert.True(section.Contains(option, StringComparison.Ordinal), $"`skillcert {name}` has {option}, which its docs section does not mention");
        }
    }

    [Fact]
    public void Every_command_the_docs_name_exists()
    {
        var known = Commands(Skillcert).Select(c => c.Name.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, text) in DocsTree.Files)
        foreach (var code in DocsTree.Code(text))
        foreach (Match m in NamedCommand().Matches(code))
            Assert.True(known.Contains(m.Groups[1].Value), $"{file} names `skillcert {m.Groups[1].Value}`, which is no command");
    }

    [Fact]
    public void Every_option_in_a_command_heading_exists()
    {
        var commands = Commands(Skillcert).ToDictionary(c => c.Name, c => c.Command, StringComparer.Ordinal);
        foreach (var (file, text) in DocsTree.Files)
        foreach (var (_, heading, _) in DocsTree.Headings(text))
        {
            if (HeadingCommand().Match(heading) is not { Success: true } m) continue;
            var command = commands[m.Groups[1].Value];
            // The root's options (--lang, --json) are recursive: every command takes them.
            var options = Commands(command).SelectMany(c => OptionNames(c.Command)).Concat(OptionNames(command)).Concat(OptionNames(Skillcert))
                .ToHashSet(StringComparer.Ordinal);
            foreach (Match option in OptionName().Matches(heading))
                Assert.True(options.Contains(option.Value), $"{file}: the heading \"{heading}\" names {option.Value}, which `skillcert {m.Groups[1].Value}` does not have");
        }
    }

    [Fact]
    public void Every_link_between_the_docs_resolves()
    {
        foreach (var (file, text) in DocsTree.Files)
        foreach (Match link in RelativeLink().Matches(text))
        {
            var target = link.Groups[1].Value;
            var anchor = link.Groups[2].Success ? link.Groups[2].Value : null;
            var path = target.Length == 0 ? file : Path.GetRelativePath(RepositoryPaths.Root,
                Path.GetFullPath(Path.Combine(RepositoryPaths.Root, Path.GetDirectoryName(file)!, target))).Replace('\\', '/');
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, path)) || Directory.Exists(Path.Combine(RepositoryPaths.Root, path)),
                $"{file} links to {link.Value}, and {path} does not exist");
            if (anchor is not null)
                Assert.True(DocsTree.Files.TryGetValue(path, out var linked) && DocsTree.Anchors(linked).Contains(anchor),
                    $"{file} links to {link.Value}, and {path} has no heading with the anchor #{anchor}");
        }
    }

    private static IEnumerable<string> DiagnosticCodeValues() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    [Fact]
    public void Every_diagnostic_code_has_a_reference_entry_with_its_meaning_fix_and_example()
    {
        var entries = DiagnosticCatalogue.Entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
        foreach (var code in DiagnosticCodeValues())
        {
            Assert.True(entries.TryGetValue(code, out var entry), $"{code} has no entry in DiagnosticCatalogue");
            Assert.False(string.IsNullOrWhiteSpace(entry.Meaning) || string.IsNullOrWhiteSpace(entry.MeaningEn), $"{code} has no meaning");
            Assert.False(string.IsNullOrWhiteSpace(entry.Fix), $"{code} has no fix");
            Assert.False(string.IsNullOrWhiteSpace(entry.Example), $"{code} has no example");
        }
    }

    [Fact]
    public void Every_reference_entry_is_a_code_the_program_reports_once() =>
        Assert.Equal(DiagnosticCodeValues().Order(StringComparer.Ordinal), DiagnosticCatalogue.Entries.Select(e => e.Code));

    [Fact]
    public void The_diagnostics_page_is_the_reference_made_from_the_catalogue() =>
        Assert.True(DiagnosticReference.Markdown(DiagnosticCatalogue.Entries) == DocsTree.Doc("diagnostics.md"),
            "docs/diagnostics.md differs from the catalogue; run: dotnet run --project generator -- diagnostics > docs/diagnostics.md");

    [Fact]
    public void Every_option_of_the_root_command_is_documented_in_the_command_line_page()
    {
        foreach (var option in OptionNames(Skillcert))
            Assert.True(DocsTree.Doc("command-line.md").Contains($"`{option}", StringComparison.Ordinal), $"the root option {option} is not in docs/command-line.md");
    }

    [Fact]
    public void Every_csv_column_is_documented() =>
        Assert.Contains(string.Join(", ", CatalogueCsv.Columns), DocsTree.Doc("content.md").Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);

    [Fact]
    public void Every_script_the_docs_name_exists()
    {
        var scripts = DocsTree.Files.Values.SelectMany(DocsTree.Code).SelectMany(c => ScriptPath().Matches(c)).Select(m => m.Value).Distinct().ToList();
        Assert.Contains("tests/SkillCert.Benchmarks/site-vs-hugo.sh", scripts);
        Assert.Contains("tests/fuzz.sh", scripts);
        Assert.Contains("docs/screenshots.sh", scripts);
        Assert.All(scripts, script => Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, script)), $"the docs name {script}, which does not exist"));
    }

    [Fact]
    public void The_docs_give_the_corpus_sizes_as_they_are()
    {
        Assert.Contains($"{CorpusCase.Names(ContentCorpusTests.Kind).Count} content cases", DocsTree.Doc("testing.md"), StringComparison.Ordinal);
        Assert.Contains($"{CorpusCase.Names(RosterCorpusTests.Kind).Count} roster cases", DocsTree.Doc("testing.md"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<![\w/.-]|-n |namespace )skillcert ([a-z][a-z-]*)")]
    private static partial Regex NamedCommand();

    [GeneratedRegex(@"^`skillcert ([a-z][a-z-]*(?: [a-z][a-z-]*)?)")]
    private static partial Regex HeadingCommand();

    [GeneratedRegex(@"--[a-z][a-z-]*")]
    private static partial Regex OptionName();

    [GeneratedRegex(@"\]\((?!https?:|mailto:)([^)#\s]*)(?:#([^)\s]+))?\)")]
    private static partial Regex RelativeLink();

    [GeneratedRegex(@"(?:tests|docs|deploy)/[\w./-]+\.sh")]
    private static partial Regex ScriptPath();
}
