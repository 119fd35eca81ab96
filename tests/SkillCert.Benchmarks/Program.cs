using SkillCert.Benchmarks.Api;

// Benchmark suites, chosen by the first argument; each suite's script in this folder drives it.
return args switch
{
    ["api", "export", var data, var output, var idKey] => BenchmarkExport.Run(data, output, idKey),
    ["api", "sample", var export, var count, var output] => BenchmarkSample.Run(export, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), output),
    ["api", "bodies", var url, var numbers, var root] => await BodySnapshot.RunAsync(new Uri(url), numbers, root),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          SkillCert.Benchmarks api export DATA_DIR OUT.db ID_KEY_FILE   build an export from gen_content.py output
          SkillCert.Benchmarks api sample EXPORT.db COUNT OUT.txt        draw COUNT real certificate numbers at random
          SkillCert.Benchmarks api bodies API_URL NUMBERS.txt ROOT       save the API's answers as static files for nginx
        """);
    return 2;
}
