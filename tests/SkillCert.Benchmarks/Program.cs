using BenchmarkDotNet.Running;
using SkillCert.Benchmarks.Api;
using SkillCert.Benchmarks.Export;
using SkillCert.Benchmarks.Preview;
using SkillCert.Benchmarks.Site;

// Benchmark suites, chosen by the first argument; the scripts beside this file drive them.
// Targets live here and in those scripts, never in timed unit tests.
return args switch
{
    ["site", ..] => SiteBenchmark.Run(args[1..]),
    ["export", ..] => ExportBenchmark.Run(args[1..]),
    ["micro", ..] => Micro(args[1..]),
    ["serve", ..] => await ServeBenchmark.RunAsync(args[1..]),
    ["api", "sample", var export, var count, var output] => BenchmarkSample.Run(export, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), output),
    ["api", "bodies", var url, var numbers, var root] => await BodySnapshot.RunAsync(new Uri(url), numbers, root),
    _ => Usage(),
};

// BenchmarkDotNet micro-benchmarks of the hot paths, e.g. `micro --filter '*CertificateInsert*'` (Release only).
static int Micro(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(SkillCert.Benchmarks.Micro.CertificateInsertBenchmark).Assembly).Run(args);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          SkillCert.Benchmarks site --content DIR [--templates DIR] [--runs N]
                                                                        the site build in process (site-vs-hugo.sh compares with Hugo)
          SkillCert.Benchmarks serve --skillcert EXECUTABLE --content DIR [--templates DIR] [--runs N] [--seq 000123] [--as-of yyyy-MM-dd]
                                                                        skillcert serve: a saved edit to the page shown in Chromium (serve-edit.sh)
          SkillCert.Benchmarks export --data DIR --skillcert EXECUTABLE [--runs N] [--as-of yyyy-MM-dd] [--work DIR]
                                                                        skillcert export against the sqlite3 floor (export-vs-sqlite.sh)
          SkillCert.Benchmarks micro [--filter PATTERN] [BenchmarkDotNet options]
                                                                        BenchmarkDotNet micro-benchmarks of the hot paths (Release)
          SkillCert.Benchmarks api sample EXPORT.db COUNT OUT.txt        draw COUNT real certificate numbers at random
          SkillCert.Benchmarks api bodies API_URL NUMBERS.txt ROOT       save the API's answers as static files for nginx
        """);
    return 2;
}
