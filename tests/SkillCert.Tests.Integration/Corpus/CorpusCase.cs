using System.Globalization;
using SkillCert.Tests.Integration.Build;

namespace SkillCert.Tests.Integration.Corpus;

/// <summary>
/// One case of a bad-input corpus: a folder under <c>Corpus/&lt;kind&gt;/cases/</c> whose <c>content/</c>, <c>templates/</c>
/// and <c>rosters/</c> files overlay the corpus's good base tree, and whose <c>expected.txt</c> says what must happen.
/// expected.txt is read line by line: <c>#</c> starts a comment; <c>exit N</c> is the exit code; <c>delete PATH</c> removes
/// a base file; <c>make WHAT PATH [ARGS]</c> makes a file that cannot be committed (see <see cref="CaseFiles"/>);
/// <c>published PATH</c> names a site file a successful build must produce, <c>holder NAME</c> a holder a successful
/// export must hold; every other line is a line the command must print, exactly, where each <c>…</c> stands for any text:
/// the system's own wording of an error, or the line of a built page, which moves whenever a layout partial changes.
/// Those lines are what the command prints by default, in Chinese; <c>expected.en.txt</c> holds the same lines as
/// <c>--lang en</c> prints them, and the case is run once in each language.
/// </summary>
public sealed record CorpusCase(string Name, string Folder, int ExitCode, IReadOnlyList<string> Deletes,
    IReadOnlyList<string[]> Makes, IReadOnlyList<string> Published, IReadOnlyList<string> Holders, IReadOnlyList<string> Expected,
    IReadOnlyList<string> ExpectedEn)
{
    /// <summary>The command-line arguments of each language a case is run in, with the lines it must print in it.</summary>
    public IEnumerable<(string[] Arguments, IReadOnlyList<string> Lines)> Languages => [([], Expected), (["--lang", "en"], ExpectedEn)];

    /// <summary>The folders of a case that overlay the base tree; anything else in a case (sources/) is input to <c>make</c>.</summary>
    public static readonly string[] OverlayFolders = ["content", "templates", "rosters"];

    public const string Ellipsis = "…";

    public static string CorpusFolder(string kind) => Path.Combine(RepositoryPaths.Root, "tests", "SkillCert.Tests.Integration", "Corpus", kind);

    /// <summary>The names of every case of a corpus, in order, for a Theory.</summary>
    public static TheoryData<string> Names(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(CorpusFolder(kind), "cases")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    public static CorpusCase Read(string kind, string name)
    {
        var folder = Path.Combine(CorpusFolder(kind), "cases", name);
        int? exit = null;
        var deletes = new List<string>();
        var makes = new List<string[]>();
        var published = new List<string>();
        var holders = new List<string>();
        var expected = new List<string>();
        foreach (var raw in File.ReadAllLines(Path.Combine(folder, "expected.txt")))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith("exit ", StringComparison.Ordinal)) exit = int.Parse(line[5..], CultureInfo.InvariantCulture);
            else if (line.StartsWith("delete ", StringComparison.Ordinal)) deletes.Add(line[7..]);
            else if (line.StartsWith("make ", StringComparison.Ordinal)) makes.Add(line[5..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            else if (line.StartsWith("published ", StringComparison.Ordinal)) published.Add(line[10..]);
            else if (line.StartsWith("holder ", StringComparison.Ordinal)) holders.Add(line[7..]);
            else expected.Add(line);
        }
        var english = Path.Combine(folder, "expected.en.txt");
        if (!File.Exists(english)) throw new InvalidDataException($"{name} has no expected.en.txt, the lines it prints with --lang en");
        var expectedEn = File.ReadAllLines(english).Select(l => l.TrimEnd()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        if (expectedEn.Count != expected.Count)
            throw new InvalidDataException($"{name}: expected.txt lists {expected.Count} lines and expected.en.txt {expectedEn.Count}; each line has its English twin");
        return new CorpusCase(name, folder, exit ?? throw new InvalidDataException($"{name}/expected.txt has no 'exit N' line"), deletes, makes, published, holders,
            expected, expectedEn);
    }

    /// <summary>Lays the case over a copy of the base tree in <paramref name="root"/>: overlay, deletions, then made files.</summary>
    public void Apply(string root)
    {
        foreach (var overlay in OverlayFolders.Select(f => Path.Combine(Folder, f)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(overlay, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, Path.GetRelativePath(Folder, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }
        foreach (var path in Deletes) File.Delete(Path.Combine(root, path));
        foreach (var make in Makes) CaseFiles.Make(make, root, Folder);
    }

    /// <summary>
    /// Runs the case in each language, each time in a fresh folder: the base tree copied in by <paramref name="copyBase"/>,
    /// the case laid over it, and the command run there with the language's arguments. Checks the exit code and the
    /// printed lines, hands the folder to <paramref name="verify"/> for what the command left behind, and removes it.
    /// </summary>
    public async Task RunAsync(Func<string, string> copyBase, Func<string, string[], Task<(int ExitCode, string Stdout, string Stderr)>> command,
        Action<string> verify)
    {
        foreach (var (arguments, lines) in Languages)
        {
            var root = copyBase(Directory.CreateTempSubdirectory("skillcert-corpus-").FullName);
            try
            {
                Apply(root);
                var (exit, stdout, stderr) = await command(root, arguments);
                Assert.True(exit == ExitCode, $"{Name} {string.Join(' ', arguments)}: exit {exit}, expected {ExitCode}\n{stdout}\n{stderr}");
                // The build prints its verdict on stdout, the export on stderr; either way it is the last count printed.
                CorpusOutput.Check(this, lines, stderr, stdout + "\n" + stderr);
                verify(root);
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>True when the printed line is the expected one, each ellipsis in it matching any text.</summary>
    public static bool Matches(string expected, string printed)
    {
        var parts = expected.Split(Ellipsis);
        if (parts.Length == 1) return printed == expected;
        if (!printed.StartsWith(parts[0], StringComparison.Ordinal) || !printed.EndsWith(parts[^1], StringComparison.Ordinal)) return false;
        var at = parts[0].Length;
        foreach (var part in parts[1..^1])
        {
            var found = printed.IndexOf(part, at, StringComparison.Ordinal);
            if (found < 0) return false;
            at = found + part.Length;
        }
        return at <= printed.Length - parts[^1].Length;
    }

    /// <summary>Copies a folder with its files, keeping symbolic links as links.</summary>
    public static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos())
        {
            var target = Path.Combine(to, entry.Name);
            if (entry.LinkTarget is { } link) File.CreateSymbolicLink(target, link);
            else if (entry is DirectoryInfo dir) CopyTree(dir.FullName, target);
            else File.Copy(entry.FullName, target);
        }
    }

    /// <summary>Every file below a folder with its bytes, by relative path, to prove a folder was left alone.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);

    public override string ToString() => Name;
}
