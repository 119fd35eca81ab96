using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>Reads the parts of a certificate export that the public site shows; the file is opened read-only and never changed.</summary>
public static class ExportReader
{
    public static ExportSnapshot? Read(string path, DiagnosticBag bag)
    {
        var at = SourceSpot.OfFile(path);
        if (!File.Exists(path))
        {
            bag.Error(DiagnosticCodes.BadExport, at, "导出文件不存在；请给出 skillcert export 写出的 .db 文件",
                "the export file does not exist; pass the .db file that 'skillcert export' wrote");
            return null;
        }
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        try
        {
            using var connection = new SqliteConnection(builder.ConnectionString);
            connection.Open();
            var header = ExportHeader.Read(connection);
            foreach (var problem in header.Problems)
            {
                var unreadable = problem.Kind == ExportProblemKind.UnreadableVersion;
                bag.Error(DiagnosticCodes.BadExport, at, $"导出文件{problem.Message}{(unreadable ? "；请用这个版本的 skillcert 重新导出" : "")}",
                    $"the export {problem.MessageEn}{(unreadable ? "; export again with this version of skillcert" : "")}");
            }
            if (!header.IsReadable) return null;
            var statistics = ReadStatistics(connection);
            var batches = ExportBatchTable.Read(connection, header.SchemaVersion ?? 0);
            return new ExportSnapshot(path, header.Value(ExportSchema.MetaKeys.ExportedAt) ?? "", statistics, header.Keys, batches, SampleNumber(connection));
        }
        catch (SqliteException e)
        {
            bag.Error(DiagnosticCodes.BadExport, at, $"无法读取导出文件：{e.Message}；它是 skillcert export 写出的文件吗？",
                $"cannot read the export: {e.Message}; is it a file that 'skillcert export' wrote?");
            return null;
        }
    }

    private static string? SampleNumber(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT number FROM certificates WHERE status = 'valid' ORDER BY number LIMIT 1";
        return command.ExecuteScalar() as string;
    }

    private static Dictionary<string, InstitutionStatistics> ReadStatistics(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT institution, CAST(substr(issued_on, 1, 4) AS INTEGER) AS year, level, COUNT(*)
            FROM certificates
            GROUP BY institution, year, level
            ORDER BY institution, year, level
            """;
        using var reader = command.ExecuteReader();
        var years = new Dictionary<string, SortedDictionary<int, int[]>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var seq = reader.GetString(0);
            var year = reader.GetInt32(1);
            var level = reader.GetInt32(2);
            if (!years.TryGetValue(seq, out var byYear)) years[seq] = byYear = [];
            if (!byYear.TryGetValue(year, out var counts)) byYear[year] = counts = new int[6];
            counts[level] = reader.GetInt32(3);
        }
        return years.ToDictionary(p => p.Key,
            p => new InstitutionStatistics(p.Key, p.Value.Select(y => new YearStatistics(y.Key, y.Value)).ToArray()), StringComparer.Ordinal);
    }

}
