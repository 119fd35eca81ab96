namespace SkillCert.Benchmarks.Export;

/// <summary>
/// The floor to compare the export with: the sqlite3 shell importing the same roster CSV files into one table,
/// with no checks, no numbering and no indexes, in one transaction. Nothing that reads those files and writes
/// SQLite can be much faster.
/// </summary>
internal static class FloorImport
{
    /// <summary>
    /// Writes the sqlite3 script and returns its path and how many roster files it imports. With <paramref name="indexed"/>
    /// the script also builds, after the import, the three indexes the export's file has for the service's lookups (by
    /// number, by holder, by institution and date; <c>ExportSchema</c>): the least a file must have to answer a lookup.
    /// </summary>
    public static (string Script, int Files) Write(string rostersDir, string workDir, bool indexed)
    {
        var files = Directory.EnumerateFiles(rostersDir, "*.csv", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "revocations.csv").Order(StringComparer.Ordinal).ToList();
        var script = Path.Combine(workDir, indexed ? "floor-import-indexed.sql" : "floor-import.sql");
        using var writer = new StreamWriter(script);
        writer.WriteLine("CREATE TABLE roster (seq, name, gender, document_type, id_number, tenure, occupation_code, occupation, trade, level, theory, skill, performance, issued_on, number);");
        writer.WriteLine("BEGIN;");
        foreach (var file in files) writer.WriteLine($".import --csv --skip 1 '{file.Replace("'", "''", StringComparison.Ordinal)}' roster");
        if (indexed)
        {
            writer.WriteLine("CREATE UNIQUE INDEX roster_by_number ON roster (number);");
            writer.WriteLine("CREATE INDEX roster_by_holder ON roster (id_number, name);");
            writer.WriteLine("CREATE INDEX roster_by_institution ON roster (seq, issued_on);");
        }
        writer.WriteLine("COMMIT;");
        return (script, files.Count);
    }
}
