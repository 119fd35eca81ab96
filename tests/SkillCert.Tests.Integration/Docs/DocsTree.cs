using System.Text.RegularExpressions;
using SkillCert.Tests.Integration.Build;

namespace SkillCert.Tests.Integration.Docs;

/// The README and every file of docs/, read once, with the headings and links a reader follows.
internal static partial class DocsTree
{
    public static string Readme { get; } = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

    /// Each Markdown file by its path from the repository root, with '/' as separator.
    public static IReadOnlyDictionary<string, string> Files { get; } = Load();

    /// All of docs/ as one text, for facts that may live in any file.
    public static string AllDocs { get; } = string.Join("\n", Files.Where(f => f.Key.StartsWith("docs/", StringComparison.Ordinal)).Select(f => f.Value));

    public static string Doc(string name) => Files["docs/" + name];

    private static Dictionary<string, string> Load()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal) { ["README.md"] = Readme };
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md"))
            files["docs/" + Path.GetFileName(path)] = File.ReadAllText(path);
        return files;
    }

    /// The headings outside code blocks, with their level and the line they start on.
    public static IEnumerable<(int Level, string Text, int Line)> Headings(string markdown)
    {
        var fenced = false;
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal)) fenced = !fenced;
            else if (!fenced && HeadingLine().Match(lines[i]) is { Success: true } m) yield return (m.Groups[1].Length, m.Groups[2].Value.Trim(), i);
        }
    }

    /// The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered.
    public static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, text, _) in Headings(markdown))
        {
            var slug = string.Concat(text.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')).Replace(' ', '-');
            var unique = slug;
            for (var n = 1; !anchors.Add(unique); n++) unique = $"{slug}-{n}";
        }
        return anchors;
    }

    /// The section under the first heading that contains <paramref name="heading"/>, down to the next heading of its level or higher.
    public static string Section(string markdown, string heading)
    {
        var headings = Headings(markdown).ToList();
        var at = headings.FindIndex(h => h.Text.Contains(heading, StringComparison.Ordinal));
        if (at < 0) return "";
        var end = headings.Skip(at + 1).FirstOrDefault(h => h.Level <= headings[at].Level).Line;
        var lines = markdown.Split('\n');
        return string.Join('\n', lines[headings[at].Line..(end > 0 ? end : lines.Length)]);
    }

    /// The text of code: fenced blocks and inline `spans`, where commands are written.
    public static IEnumerable<string> Code(string markdown)
    {
        foreach (Match m in FencedBlock().Matches(markdown)) yield return m.Groups[1].Value;
        foreach (Match m in InlineCode().Matches(FencedBlock().Replace(markdown, ""))) yield return m.Groups[1].Value;
    }

    [GeneratedRegex(@"^(#{1,6}) (.+)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^```[^\n]*\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex("`([^`\n]+)`")]
    private static partial Regex InlineCode();
}
