using SkillCert.Benchmarks.Site;

// Benchmarks, by suite: `dotnet run -c Release --project tests/SkillCert.Benchmarks -- site --content DIR`.
// Targets live here and in the scripts beside this file, never in timed unit tests.
return args.FirstOrDefault() switch
{
    "site" => SiteBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: SkillCert.Benchmarks site --content DIR [--templates DIR] [--runs N]");
    Console.Error.WriteLine("       the whole comparison with Hugo: tests/SkillCert.Benchmarks/site-vs-hugo.sh");
    return 2;
}
