using System.Globalization;
using System.Security.Cryptography;
using SkillCert.Core.Signing;

namespace SkillCert.Benchmarks.Export;

/// <summary>
/// Times <c>skillcert export</c> over gen_content.py's output against the sqlite3 import floor, alternating the two
/// so that both see the same machine, and reports medians, rows per second, the ratio to the floor and peak memory
/// against the goals: at least 250,000 rows/s, at most the floor's time (issue 17), at most 500 MB. CPU times and the
/// load average go beside them, since on a shared machine the wall times alone say little. A second floor, the same import
/// with the indexes the service's lookups need built after it, is timed beside them and reported for comparison only: the
/// goal is the plain floor's.
/// </summary>
internal static class ExportBenchmark
{
    private const double GoalRowsPerSecond = 250_000;
    private const double GoalRatio = 1.0;
    private const long GoalPeakKilobytes = 500 * 1024;

    public static int Run(string[] args)
    {
        string? data = null, skillcert = null, work = null;
        var runs = 5;
        var asOf = "2026-11-30";
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--data": data = args[i + 1]; break;
                case "--skillcert": skillcert = args[i + 1]; break;
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--as-of": asOf = args[i + 1]; break;
                case "--work": work = args[i + 1]; break;
            }
        }
        if (data is null || skillcert is null) return Usage();
        var rosters = Path.Combine(data, "rosters");
        work = work is null ? Directory.CreateTempSubdirectory("skillcert-export-bench-").FullName : Directory.CreateDirectory(work).FullName;
        var (script, indexedScript, files) = FloorImport.Write(rosters, work);
        var (signingKey, idKey) = Keys(work);
        var rows = CountRows(rosters);
        Console.WriteLine($"{rows:N0} roster rows in {files:N0} files; {runs} runs of each, alternating");

        var floor = new List<TimedRun>();
        var indexedFloor = new List<TimedRun>();
        var export = new List<TimedRun>();
        var floorDb = Path.Combine(work, "floor.db");
        var indexedFloorDb = Path.Combine(work, "floor-indexed.db");
        var exportDb = Path.Combine(work, "certificates.db");
        for (var run = 1; run <= runs; run++)
        {
            File.Delete(floorDb);
            floor.Add(TimedRun.Of("sqlite3", [floorDb], script, Path.Combine(work, "floor.log")));
            File.Delete(indexedFloorDb);
            indexedFloor.Add(TimedRun.Of("sqlite3", [indexedFloorDb], indexedScript, Path.Combine(work, "floor-indexed.log")));
            File.Delete(exportDb);
            export.Add(TimedRun.Of(skillcert, ["export", "--rosters", rosters, "--content", Path.Combine(data, "content"),
                "--out", exportDb, "--signing-key", signingKey, "--id-key", idKey, "--as-of", asOf], null, Path.Combine(work, "export.log")));
            Console.WriteLine($"run {run}: sqlite3 import {floor[^1].Seconds,6:F2} s ({floor[^1].CpuSeconds:F2} s CPU) · " +
                $"with indexes {indexedFloor[^1].Seconds,6:F2} s ({indexedFloor[^1].CpuSeconds:F2} s CPU) · " +
                $"skillcert export {export[^1].Seconds,6:F2} s ({export[^1].CpuSeconds:F2} s CPU) · load {LoadAverage()}");
        }
        // The export issues only batches whose lifecycle allows it: the measure is of every row issued, or it says so.
        var issued = IssuedCount(exportDb);
        Console.WriteLine($"{issued:N0} certificates issued of {rows:N0} rows{(issued == rows ? "" : ": NOT every row was issued, see " + Path.Combine(work, "export.log"))}");
        return issued == rows ? Report(rows, floor, indexedFloor, export, work) : 1;
    }

    private static long IssuedCount(string exportDb)
    {
        using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={exportDb};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT count(*) FROM certificates";
        return (long)command.ExecuteScalar()!;
    }

    private static int Report(long rows, List<TimedRun> floor, List<TimedRun> indexedFloor, List<TimedRun> export, string work)
    {
        double floorSeconds = Median(floor.Select(r => r.Seconds)), exportSeconds = Median(export.Select(r => r.Seconds));
        var rate = rows / exportSeconds;
        var ratio = exportSeconds / floorSeconds;
        var peak = export.Max(r => r.PeakKilobytes);
        Console.WriteLine($"sqlite3 import (floor): median {floorSeconds:F2} s ({Median(floor.Select(r => r.CpuSeconds)):F2} s CPU), " +
            $"{rows / floorSeconds:N0} rows/s, peak {floor.Max(r => r.PeakKilobytes) / 1024} MiB");
        var indexedSeconds = Median(indexedFloor.Select(r => r.Seconds));
        Console.WriteLine($"sqlite3 with indexes:   median {indexedSeconds:F2} s ({Median(indexedFloor.Select(r => r.CpuSeconds)):F2} s CPU), " +
            $"peak {indexedFloor.Max(r => r.PeakKilobytes) / 1024} MiB");
        Console.WriteLine($"skillcert export:       median {exportSeconds:F2} s ({Median(export.Select(r => r.CpuSeconds)):F2} s CPU), " +
            $"{rate:N0} rows/s, peak {peak / 1024} MiB");
        Console.WriteLine($"rows/s >= {GoalRowsPerSecond:N0}: {Verdict(rate >= GoalRowsPerSecond)}");
        Console.WriteLine($"export / floor = {ratio:F2} (<= {GoalRatio}): {Verdict(ratio <= GoalRatio)}");
        Console.WriteLine($"export / floor with indexes = {exportSeconds / indexedSeconds:F2} (for comparison; the goal is the plain floor's)");
        Console.WriteLine($"peak memory {peak / 1024} MiB (<= {GoalPeakKilobytes / 1024}): {Verdict(peak <= GoalPeakKilobytes)}");
        Console.WriteLine($"logs and the last export in {work}");
        return 0;
    }

    private static (string SigningKey, string IdKey) Keys(string work)
    {
        using var key = SigningKey.Create();
        var signing = Path.Combine(work, "signing.pem");
        File.WriteAllText(signing, key.ExportPrivateKeyPem());
        var id = Path.Combine(work, "id.key");
        File.WriteAllBytes(id, RandomNumberGenerator.GetBytes(32));
        return (signing, id);
    }

    private static long CountRows(string rosters) =>
        Directory.EnumerateFiles(rosters, "*.csv", SearchOption.AllDirectories).Sum(f => File.ReadLines(f).LongCount() - 1);

    // The 1-minute load average, from /proc/loadavg: what else the machine ran while this run was timed.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Verdict(bool met) => met ? "met" : "NOT met";

    private static int Usage()
    {
        Console.Error.WriteLine("usage: SkillCert.Benchmarks export --data DIR --skillcert EXECUTABLE [--runs N] [--as-of yyyy-MM-dd] [--work DIR]");
        return 2;
    }
}
