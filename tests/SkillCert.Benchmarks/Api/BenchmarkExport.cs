using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SkillCert.Core.Identity;
using SkillCert.Core.Levels;
using SkillCert.Core.Privacy;
using SkillCert.Core.Signing;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;
using Sylvan.Data.Csv;

namespace SkillCert.Benchmarks.Api;

/// <summary>
/// Builds an export for the API benchmark straight from gen_content.py's content and rosters, writing the
/// schema of <see cref="ExportSchema"/> directly. Benchmark-only: it trusts its synthetic input and checks
/// nothing a real export checks. Once `skillcert export` is on main, api-vs-nginx.sh should call that instead.
/// </summary>
public static class BenchmarkExport
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);

    public static int Run(string dataDir, string output, string idKeyPath)
    {
        var clock = Stopwatch.StartNew();
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(Path.Combine(dataDir, "content"), AsOf, bag);
        if (content is null || bag.HasErrors)
        {
            foreach (var d in bag.Sorted().Take(20)) Console.Error.WriteLine(d);
            return 1;
        }
        var key = RandomNumberGenerator.GetBytes(IdHash.KeyLength);
        File.WriteAllBytes(idKeyPath, key);

        var staging = output + ".staging";
        if (File.Exists(staging)) File.Delete(staging);
        long count;
        using (var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = staging, Pooling = false }.ConnectionString))
        {
            db.Open();
            Execute(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
            using var tx = db.BeginTransaction();
            foreach (var statement in ExportSchema.CreateStatements.Where(s => !s.StartsWith("CREATE INDEX", StringComparison.Ordinal))) Execute(db, statement);
            using (var signing = SigningKey.Create())
                Insert(db, "INSERT INTO signing_keys VALUES ($1, $2, '2020-01-01', NULL)", signing.KeyId, Convert.ToBase64String(signing.SubjectPublicKeyInfo));
            var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
            foreach (var i in content.Catalogue.Institutions)
            {
                var status = i.StatusOn(AsOf);
                Insert(db, "INSERT INTO institutions VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", i.Seq, i.Name, i.Category.ToString(),
                    i.Route, content.Catalogue.Site.Province, i.County, status.Slug, status.Cause, JsonSerializer.Serialize(i, web));
            }
            count = InsertCertificates(db, Path.Combine(dataDir, "rosters"), key);
            foreach (var statement in ExportSchema.CreateStatements.Where(s => s.StartsWith("CREATE INDEX", StringComparison.Ordinal))) Execute(db, statement);
            foreach (var (k, v) in new[]
                     {
                         (ExportSchema.MetaKeys.SchemaVersion, ExportSchema.Version.ToString(CultureInfo.InvariantCulture)),
                         (ExportSchema.MetaKeys.ExportedAt, AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                         (ExportSchema.MetaKeys.ContentHash, $"bench-{count}-{Guid.NewGuid():N}"),
                         (ExportSchema.MetaKeys.NumberForm, "national-22"),
                         (ExportSchema.MetaKeys.CertificateCount, count.ToString(CultureInfo.InvariantCulture)),
                     })
            {
                Insert(db, "INSERT INTO meta VALUES ($1, $2)", k, v);
            }
            tx.Commit();
        }
        File.Move(staging, output, overwrite: true);
        Console.WriteLine($"export: {count} certificates, {content.Catalogue.Institutions.Count} institutions in {clock.Elapsed.TotalSeconds:0.0} s -> {output}");
        return 0;
    }

    private static long InsertCertificates(SqliteConnection db, string rosters, byte[] key)
    {
        using var insert = db.CreateCommand();
        insert.CommandText = "INSERT INTO certificates VALUES ($1, $2, $3, $4, $5, $6, $7, 'valid', NULL, NULL, $8, $9, $10, $11, $12)";
        var p = Enumerable.Range(1, 12).Select(i => insert.Parameters.Add(new SqliteParameter("$" + i, null))).ToArray();
        long count = 0;
        foreach (var file in Directory.EnumerateFiles(rosters, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var seq = Path.GetFileName(Path.GetDirectoryName(file)!);
            using var csv = CsvDataReader.Create(file);
            while (csv.Read())
            {
                var name = csv.GetString(1);
                var id = csv.GetString(4);
                var trade = csv.GetString(8);
                SkillLevel.TryParse(csv.GetString(9), out var level);
                p[0].Value = csv.GetString(14);
                p[1].Value = seq;
                p[2].Value = csv.GetString(6);
                p[3].Value = csv.GetString(7);
                p[4].Value = trade is "" or "—" ? DBNull.Value : trade;
                p[5].Value = level!.Code;
                p[6].Value = csv.GetString(13);
                p[7].Value = name;
                p[8].Value = Mask.Name(name);
                p[9].Value = csv.GetString(3);
                p[10].Value = Mask.IdNumber(id);
                p[11].Value = IdHash.Compute(key, id);
                insert.ExecuteNonQuery();
                count++;
            }
        }
        return count;
    }

    private static void Execute(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Insert(SqliteConnection db, string sql, params object[] values)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue("$" + (i + 1), values[i]);
        command.ExecuteNonQuery();
    }
}
