using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SkillCert.Core.Rosters;
using SkillCert.Core.Signing;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// The export already at --out, opened read-only: its keys, its id key's name, the serials it keeps reserved, its
/// batches and, per institution, its certificates. A re-export reads it so that numbers, revocations and issued batches
/// carry over; it is never written.
/// </summary>
public sealed class PreviousExport
{
    private readonly Dictionary<string, List<BatchRecord>> _batches;

    private PreviousExport(string path, int version, string? idKeyId, IReadOnlyList<PublishedKey> keys, IReadOnlyDictionary<string, int> floors,
        IReadOnlyList<string> institutions, IReadOnlyList<BatchRecord> batches)
    {
        Path = path;
        Version = version;
        Batches = batches;
        _batches = batches.GroupBy(b => b.Institution, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        IdKeyId = idKeyId;
        Keys = keys;
        SerialFloors = floors;
        Institutions = institutions;
    }

    public string Path { get; }

    /// <summary>Its schema version: 3 and later record batches and each certificate's batch.</summary>
    public int Version { get; }

    /// <summary>Its batches, in institution and batch order, with their counts; none before version 3.</summary>
    public IReadOnlyList<BatchRecord> Batches { get; }

    /// <summary>The batches of one institution.</summary>
    public IReadOnlyList<BatchRecord> BatchesOf(string seq) => _batches.GetValueOrDefault(seq) ?? [];

    public string? IdKeyId { get; }

    public IReadOnlyList<PublishedKey> Keys { get; }

    /// <summary>Reserved serials by 16-character number prefix (see <see cref="ExportSchema.MetaKeys.SerialFloors"/>).</summary>
    public IReadOnlyDictionary<string, int> SerialFloors { get; }

    /// <summary>The seqs of the institutions that have certificates in it.</summary>
    public IReadOnlyList<string> Institutions { get; }

    /// <summary>Opens the export at <paramref name="path"/>; throws <see cref="InvalidDataException"/> when the file is not a SkillCert export of a schema this build reads, or a key is damaged.</summary>
    public static PreviousExport Open(string path)
    {
        try
        {
            using var connection = Connect(path);
            var header = ExportHeader.Read(connection);
            // A damaged key would be published again by the re-export, or trusted by the certificates run.
            if (header.Problems is [var problem, ..])
                throw new InvalidDataException(DiagnosticStyle.Current.Say($"这个导出文件{problem.Message}", $"it {problem.MessageEn}"));
            var institutions = new List<string>();
            using (var read = Command(connection, "SELECT DISTINCT institution FROM certificates ORDER BY institution"))
            using (var rows = read.ExecuteReader())
                while (rows.Read()) institutions.Add(rows.GetString(0));
            var floors = header.Value(ExportSchema.MetaKeys.SerialFloors) is { } json
                ? JsonSerializer.Deserialize(json, CliJson.Context.DictionaryStringInt32) ?? [] : [];
            var version = header.SchemaVersion!.Value;
            return new PreviousExport(path, version, header.Value(ExportSchema.MetaKeys.IdKeyId), header.Keys, floors, institutions,
                ExportBatchTable.Read(connection, version));
        }
        catch (Exception e) when (e is SqliteException or JsonException or FormatException)
        {
            throw new InvalidDataException(DiagnosticStyle.Current.Say($"它不是能读取的 SkillCert 导出文件（{e.Message}）",
                $"it is not a readable SkillCert export ({e.Message})"), e);
        }
    }

    /// <summary>A reader of certificates by institution, for one thread.</summary>
    public PreviousCertificates OpenReader() => new(Connect(Path), Version);

    internal static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    internal static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    internal static DateOnly Day(string text) => DateOnly.ParseExact(text, RosterDate.Format, CultureInfo.InvariantCulture);
}
