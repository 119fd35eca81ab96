using Microsoft.Data.Sqlite;

namespace SkillCert.Benchmarks.Api;

/// <summary>Draws real certificate numbers at random from an export, one per line, for wrk's Lua script.</summary>
public static class BenchmarkSample
{
    public static int Run(string export, int count, string output)
    {
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = export, Mode = SqliteOpenMode.ReadOnly }.ConnectionString);
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT number FROM certificates ORDER BY random() LIMIT $n";
        command.Parameters.AddWithValue("$n", count);
        using var r = command.ExecuteReader();
        using var writer = new StreamWriter(output);
        var written = 0;
        while (r.Read())
        {
            writer.WriteLine(r.GetString(0));
            written++;
        }
        Console.WriteLine($"sample: {written} numbers -> {output}");
        return 0;
    }
}
