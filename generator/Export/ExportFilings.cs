using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SkillCert.Generator.Content;

namespace SkillCert.Generator.Export;

/// <summary>Reads back the filings an export stores (<c>institutions.filing</c>) as the catalogue it published; read-only.</summary>
public static class ExportFilings
{
    /// <summary>The export's catalogue with each institution's events up to the export date, or null with the reason it could not be read.</summary>
    public static PublishedCatalogue? Read(string path, out Phrase? problem)
    {
        problem = null;
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        try
        {
            using var connection = new SqliteConnection(builder.ConnectionString);
            connection.Open();
            using var meta = connection.CreateCommand();
            meta.CommandText = "SELECT value FROM meta WHERE key = $key";
            meta.Parameters.AddWithValue("$key", ExportSchema.MetaKeys.ExportedAt);
            var exportedAt = DateOnly.ParseExact((string?)meta.ExecuteScalar() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT seq, filing FROM institutions ORDER BY seq";
            using var rows = command.ExecuteReader();
            var filings = new Dictionary<string, PublishedFiling>(StringComparer.Ordinal);
            while (rows.Read())
            {
                // Events dated after the export are not yet part of the public record, as on the site.
                var filing = FilingJson.Deserialize(rows.GetString(1));
                filings[rows.GetString(0)] = new PublishedFiling(filing.Seq, filing.Name, filing.Occupations,
                    filing.Events.Where(e => e.On <= exportedAt).ToArray());
            }
            return new PublishedCatalogue(path, exportedAt, filings);
        }
        catch (Exception e) when (e is SqliteException or JsonException or FormatException)
        {
            problem = new($"{path} 里的机构备案信息读不出来（{e.Message}）", $"the filings in {path} cannot be read ({e.Message})");
            return null;
        }
    }
}
