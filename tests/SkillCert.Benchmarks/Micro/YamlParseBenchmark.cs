using BenchmarkDotNet.Attributes;
using SkillCert.Generator.Content;
using SkillCert.Core.Diagnostics;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.Benchmarks.Micro;

/// <summary>
/// Reading content YAML, every file of a folder a call: as the build and the export read it now (YamlDotNet's node
/// tree behind <see cref="YamlSource"/>'s guard), YamlDotNet's parser events alone (what a reader without the node tree
/// would still pay), and SharpYaml's parser events, the alternative weighed in docs/benchmarks.md. The folder is
/// SKILLCERT_BENCH_YAML, every *.yml under it (site-vs-hugo.sh's data/content/institutions, or export-vs-sqlite.sh's
/// data/rosters for the batch files); by default the repository's sample content.
/// </summary>
[MemoryDiagnoser]
public class YamlParseBenchmark
{
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable("SKILLCERT_BENCH_YAML")
            ?? RepositoryLayout.Find(AppContext.BaseDirectory)?.Content
            ?? throw new InvalidOperationException("set SKILLCERT_BENCH_YAML to a folder of *.yml, e.g. site-vs-hugo.sh's data/content/institutions");
        _texts = Directory.EnumerateFiles(folder, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        if (_texts.Length == 0) throw new InvalidOperationException($"no *.yml under {folder}");
        // The two parsers must see the same documents, or the comparison says nothing.
        if (YamlDotNetEvents() != SharpYamlEvents()) throw new InvalidOperationException("YamlDotNet and SharpYaml read different numbers of events");
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet node tree (YamlSource, as now)")]
    public int NodeTree()
    {
        var read = 0;
        foreach (var text in _texts)
        {
            if (YamlSource.Parse(text, "bench.yml", new DiagnosticBag()) is not null) read++;
        }
        return read;
    }

    [Benchmark(Description = "YamlDotNet parser events")]
    public int YamlDotNetEvents()
    {
        var events = 0;
        foreach (var text in _texts)
        {
            var parser = new YamlDotNet.Core.Parser(new StringReader(text));
            while (parser.MoveNext()) events++;
        }
        return events;
    }

    [Benchmark(Description = "SharpYaml parser events")]
    public int SharpYamlEvents()
    {
        var events = 0;
        foreach (var text in _texts)
        {
            var parser = SharpYaml.Parser.CreateParser(new StringReader(text));
            while (parser.MoveNext()) events++;
        }
        return events;
    }
}
