using SkillCert.Core.Exports;
using SkillCert.Core.Rosters;
using Sylvan.Data.Csv;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// Reads revocations.csv beside the rosters: a header <c>number,date,reason</c> (or 证书编号,撤销日期,撤销原因) and one
/// line per revoked certificate. Encodings are read as for rosters.
/// </summary>
public static class RevocationsReader
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["number"] = RevocationList.NumberColumn, ["证书编号"] = RevocationList.NumberColumn,
        ["date"] = RevocationList.DateColumn, ["撤销日期"] = RevocationList.DateColumn,
        ["reason"] = RevocationList.ReasonColumn, ["撤销原因"] = RevocationList.ReasonColumn,
    };

    /// <summary>
    /// Adds the file's revocations to <paramref name="list"/>; returns the SHA-256 of its bytes for the export's
    /// content hash (so the file is read once), or null after reporting why it cannot be read.
    /// </summary>
    public static string? Read(string path, string display, RevocationList list, List<ExportError> errors)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(ExportError.OfFile(DiagnosticCodes.Revocations, display, $"文件读不出来（{e.Message}）；请检查文件是否存在、有没有读取权限",
                $"cannot read the file: {e.Message}"));
            return null;
        }
        var sha256 = ContentHash.OfBytes(bytes);
        using var text = RosterEncoding.Open(bytes, new RosterBuffers(), display, errors);
        if (text is null) return sha256;
        try
        {
            using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = false, Delimiter = ',' });
            var line = 1;
            int[]? columns = null;
            while (csv.Read())
            {
                var at = line;
                line += csv.GetRawRecordSpan().Count('\n');
                var cells = Enumerable.Range(0, csv.RowFieldCount).Select(i => csv.GetString(i).Trim()).ToArray();
                if (cells.All(c => c.Length == 0)) continue;
                if (columns is null)
                {
                    columns = Header(cells, display, at, errors);
                    if (columns is null) return sha256;
                    continue;
                }
                string Cell(int c) => columns[c] < cells.Length ? cells[columns[c]] : "";
                list.Add(Cell(0), Cell(1), Cell(2), new RowOrigin(ExportSources.Revocations, at));
            }
        }
        catch (CsvFormatException e)
        {
            errors.Add(ExportError.OfFile(DiagnosticCodes.Revocations, display, $"CSV 格式有错（{e.Message}）；单元格里的英文引号（\"）要写成两个（\"\"）",
                $"the CSV is malformed ({e.Message}); a quote (\") inside a cell must be doubled (\"\")"));
        }
        return sha256;
    }

    private static int[]? Header(string[] cells, string display, int line, List<ExportError> errors)
    {
        string[] wanted = [RevocationList.NumberColumn, RevocationList.DateColumn, RevocationList.ReasonColumn];
        var columns = wanted.Select(w => Array.FindIndex(cells, c => Aliases.GetValueOrDefault(c.ToLowerInvariant()) == w)).ToArray();
        for (var i = 0; i < wanted.Length; i++)
        {
            if (columns[i] < 0)
                errors.Add(new(DiagnosticCodes.Revocations, display, line, "", $"缺少 {wanted[i]} 列；撤销清单的表头是 number,date,reason（证书编号、撤销日期、原因）",
                    $"missing column {wanted[i]}; the header is number,date,reason"));
        }
        return columns.All(c => c >= 0) ? columns : null;
    }
}
