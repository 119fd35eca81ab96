namespace SkillCert.Benchmarks.Export;

/// <summary>
/// The floor to compare the export with: the sqlite3 shell importing the same roster CSV files into one table,
/// with no checks, no numbering and no indexes, in one transaction. Nothing that reads those files and writes
/// SQLite can be much faster.
/// </summary>
internal static class FloorImport
{
    /// <summary>
    /// Writes the sqlite3 scripts and returns their paths and how many roster files they import: the floor, and the same
    /// import followed by the three indexes the export's file has for the service's lookups (by number, by holder, by
    /// institution and date; <c>ExportSchema</c>), the least a file must have to answer a lookup.
    /// </summary>
    public static (string Script, string IndexedScript, int Files) Write(string rostersDir, string workDir)
    {
        var files = Directory.EnumerateFiles(rostersDir, "*.csv", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "revocations.csv").Order(StringComparer.Ordinal).ToList();
        var import = files.Select(f => $".import --csv --skip 1 '{f.Replace("'", "''", StringComparison.Ordinal)}' roster").ToList();
        string[] indexes =
        [
            "CREATE UNIQUE INDEX roster_by_number ON roster (number);",
            "CREATE INDEX roster_by_holder ON roster (id_number, name);",
            "CREATE INDEX roster_by_institution ON roster (seq, issued_on);",
        ];
        return (Script(workDir, "floor-import.sql", import, []), Script(workDir, "floor-import-indexed.sql", import, indexes), files.Count);
    }

    private static string Script(string workDir, string name, IEnumerable<string> import, IEnumerable<string> after)
    {
        var script = Path.Combine(workDir, name);
        File.WriteAllLines(script,
        [
            "CREATE TABLE roster (seq, name, gender, document_type, id_number, tenure, occupation_code, occupation, trade, level, theory, skill, performance, issued_on, number);",
            "BEGIN;",
            .. import,
            .. after,
            "COMMIT;",
        ]);
        return script;
    }
}
