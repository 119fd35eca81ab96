using SkillCert.Benchmarks.Export;

// Benchmarks, by suite: `dotnet run -c Release --project tests/SkillCert.Benchmarks -- export --data DIR --skillcert DLL`.
// Targets live here and in the scripts beside this file, never in timed unit tests.
return args.FirstOrDefault() switch
{
    "export" => ExportBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: SkillCert.Benchmarks export --data DIR --skillcert DLL [--runs N] [--as-of yyyy-MM-dd] [--work DIR]");
    Console.Error.WriteLine("       the whole comparison with the sqlite3 import floor: tests/SkillCert.Benchmarks/export-vs-sqlite.sh");
    return 2;
}
