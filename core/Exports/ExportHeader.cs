using System.Data.Common;
using System.Globalization;
using SkillCert.Core.Signing;

namespace SkillCert.Core.Exports;

/// <summary>
/// What every reader of an export reads first, checked: the <c>meta</c> table, the schema version against the versions
/// this build reads, the tables, and the signing keys, each key id against its public key. It reads through a
/// connection its caller opened (read-only). What is wrong with the export comes back in <see cref="Problems"/>;
/// what goes wrong in the database itself (a lock, a file that is no database) stays the caller's <see cref="DbException"/>.
/// </summary>
public sealed class ExportHeader
{
    private ExportHeader(IReadOnlyDictionary<string, string> meta, int? schemaVersion, IReadOnlyList<PublishedKey> keys,
        IReadOnlyList<ExportProblem> problems)
    {
        Meta = meta;
        SchemaVersion = schemaVersion;
        Keys = keys;
        Problems = problems;
    }

    /// <summary>The <c>meta</c> table, key to value (see <see cref="ExportSchema.MetaKeys"/>); empty when it has none.</summary>
    public IReadOnlyDictionary<string, string> Meta { get; }

    /// <summary>The schema version, when it is one this build reads; otherwise null.</summary>
    public int? SchemaVersion { get; }

    /// <summary>The signing keys that read and whose id is their public key's, oldest first.</summary>
    public IReadOnlyList<PublishedKey> Keys { get; }

    /// <summary>Everything wrong, in the order found; a fatal problem is the last, since nothing after it was read.</summary>
    public IReadOnlyList<ExportProblem> Problems { get; }

    /// <summary>True when no problem is fatal: the schema is one this build reads and every table is there.</summary>
    public bool IsReadable => !Problems.Any(p => p.IsFatal);

    /// <summary>A value of the <c>meta</c> table, or null when the export has none under <paramref name="key"/>.</summary>
    public string? Value(string key) => Meta.GetValueOrDefault(key);

    /// <summary>Reads the header of the export open on <paramref name="connection"/>, accepting <see cref="ExportSchema.ReadableVersions"/>.</summary>
    public static ExportHeader Read(DbConnection connection) => Read(connection, ExportSchema.ReadableVersions);

    /// <summary>Reads the header, accepting only <paramref name="readableVersions"/> (a subset of <see cref="ExportSchema.ReadableVersions"/>).</summary>
    public static ExportHeader Read(DbConnection connection, IReadOnlyCollection<int> readableVersions)
    {
        var problems = new List<ExportProblem>();
        var tables = Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet(StringComparer.Ordinal);
        if (!tables.Contains("meta"))
            return Fatal(problems, new ExportProblem(ExportProblemKind.NotAnExport,
                "没有 meta 表，不是 SkillCert 的导出文件", "has no meta table, so it is not a SkillCert export"));

        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT key, value FROM meta";
            using var rows = command.ExecuteReader();
            while (rows.Read()) meta[rows.GetString(0)] = rows.GetString(1);
        }

        var found = meta.GetValueOrDefault(ExportSchema.MetaKeys.SchemaVersion);
        var readable = string.Join(", ", readableVersions.Order());
        var reads = $"this build reads version{(readableVersions.Count == 1 ? "" : "s")} {readable}";
        var readsZh = $"这个版本的 skillcert 只能读取数据版本 {string.Join("、", readableVersions.Order())}";
        if (!int.TryParse(found, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || !readableVersions.Contains(version))
        {
            var message = found is null ? $"没有写明数据版本（schema_version）；{readsZh}" : $"的数据版本是 {found}；{readsZh}";
            var messageEn = found is null ? $"states no schema version; {reads}" : $"has schema version {found}; {reads}";
            return Fatal(problems, new ExportProblem(ExportProblemKind.UnreadableVersion, message, messageEn) { FoundVersion = found }, meta);
        }

        var missing = ExportSchema.TablesOf(version).Where(t => !tables.Contains(t)).ToList();
        if (missing.Count > 0)
            return Fatal(problems, new ExportProblem(ExportProblemKind.MissingTables,
                $"缺少数据表 {string.Join("、", missing)}", $"lacks the table(s) {string.Join(", ", missing)}"), meta, version);

        var keys = ExportKeyTable.Read(connection, version, problems);
        return new ExportHeader(meta, version, keys, problems);
    }

    private static ExportHeader Fatal(List<ExportProblem> problems, ExportProblem problem, Dictionary<string, string>? meta = null,
        int? version = null)
    {
        problems.Add(problem);
        return new ExportHeader(meta ?? new Dictionary<string, string>(StringComparer.Ordinal), version, [], problems);
    }

    private static List<string> Strings(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var rows = command.ExecuteReader();
        var list = new List<string>();
        while (rows.Read()) list.Add(rows.GetString(0));
        return list;
    }
}
