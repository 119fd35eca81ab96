using System.Collections.Concurrent;
using SkillCert.Generator.Build;
using SkillCert.Generator.Diagnostics;
using SkillCert.Tests.Integration.Api;
using SkillCert.Tests.Integration.Build;
using SkillCert.Tests.Integration.Export;

namespace SkillCert.Tests.Integration.Publicity;

/// The repository's content built with the export of the sample rosters (as of 2026-11-26, when 000001/2026-4 is in its
/// period), once for each build day a test asks for; every site is deleted with the fixture.
public sealed class SamplePublicity : IDisposable
{
    /// The batch in publicity in the samples, and its period as committed.
    public const string Seq = "000001";
    public const string Batch = "2026-4";
    public const string From = "2026-11-23";
    public const string To = "2026-11-29";

    private readonly SampleProcessTests.SampleExport _export = new();
    private readonly string _root = Directory.CreateTempSubdirectory("skillcert-publicity-").FullName;
    private readonly ConcurrentDictionary<string, Lazy<string>> _sites = new(StringComparer.Ordinal);

    public string Export => _export.Out;

    /// The folder of the site built as of <paramref name="day"/> (yyyy-MM-dd).
    public string SiteOn(string day) => _sites.GetOrAdd(day, d => new Lazy<string>(() => Build(d))).Value;

    public string Read(string day, string path) => File.ReadAllText(Path.Combine(SiteOn(day), path));

    /// Every holder name and document number in the sample rosters (CSV), and every holder name the export holds (the
    /// XLSX roster's too): none of them may appear on the public site's publicity pages, feed or open data.
    public IReadOnlyList<string> PrivateValues()
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "content", "samples", "rosters"), "*.csv", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file).Select(l => l.Split(',')).ToList();
            var header = lines.FindIndex(cells => cells.Contains("姓名"));
            if (header < 0) continue; // revocations.csv names numbers only
            var name = Array.IndexOf(lines[header], "姓名");
            var id = Array.FindIndex(lines[header], c => c is "证件号码" or "身份证号码");
            foreach (var cells in lines.Skip(header + 1).Where(c => c.Length > name && int.TryParse(c[0], out _)))
            {
                values.Add(cells[name]);
                if (id >= 0 && cells[id].Length > 0) values.Add(cells[id]);
            }
        }
        values.UnionWith(ExportRows.Column(Export, "SELECT DISTINCT holder_name FROM certificates"));
        return values.Where(v => v.Length > 0).Order(StringComparer.Ordinal).ToList();
    }

    private string Build(string day)
    {
        Assert.True(_export.ExitCode == 0, _export.Stderr);
        var bag = new DiagnosticBag();
        var site = Path.Combine(_root, day, "site");
        var options = new BuildOptions(Path.Combine(RepositoryPaths.Root, "content"), RepositoryPaths.SiteTemplates, site,
            DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Export);
        var result = BuildPipeline.Run(options, bag, SilentProgress.Instance);
        Assert.True(result.Succeeded, string.Join("\n", bag.Sorted()));
        return site;
    }

    public void Dispose()
    {
        _export.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
