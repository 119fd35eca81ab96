using SkillCert.Core.Rosters;
using Sylvan.Data.Csv;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// Reads a CSV roster with Sylvan.Data.Csv into rows, numbering them by line (the header is line 1, or the line it
/// is on below title lines; a quoted cell that spans lines moves the count on as an editor would).
/// </summary>
public static class CsvRosterReader
{
    private static readonly CsvDataReaderOptions Options = new()
    {
        HasHeaders = false,
        Delimiter = ',',
        // A roster row is short; a record this long is a broken quote running to the end of the file.
        MaxBufferSize = 1 << 20,
    };

    /// <summary>
    /// Calls <paramref name="onRow"/> for each data row that is not blank (a row with nothing but its 序号, as in a
    /// template numbered in advance, is blank); returns the header, or null after reporting why there is none.
    /// </summary>
    public static RosterHeader? Read(RosterFile file, ReadOnlyMemory<byte> bytes, int source, CellPool pool, RosterBuffers buffers,
        List<ExportError> errors, Action<RosterRow> onRow)
    {
        using var text = RosterEncoding.Open(bytes, buffers, file.Display, errors);
        if (text is null) return null;
        var line = 1;
        var search = new RosterHeaderSearch(file.Display, errors);
        try
        {
            using var csv = CsvDataReader.Create(text, buffers.Parse, Options);
            while (csv.Read())
            {
                var at = line;
                line += csv.GetRawRecordSpan().Count('\n');
                if (search.Header is { } header)
                {
                    if (Row(csv, header, pool, new RowOrigin(source, at), file.Display, errors) is { } row) onRow(row);
                    continue;
                }
                search.Offer(Enumerable.Range(0, csv.RowFieldCount).Select(csv.GetString).ToList(), at);
                if (search.IsOver && search.Header is null) return null;
            }
        }
        catch (CsvFormatException e)
        {
            errors.Add(new(DiagnosticCodes.RosterUnreadable, file.Display, line, "", $"CSV 格式在这里出错（{e.Message}）；单元格里的英文引号（\"）要写成两个（\"\"）",
                $"the CSV is malformed here ({e.Message}); a quote (\") inside a cell must be doubled (\"\")"));
            return null;
        }
        return search.Finish();
    }

    private static RosterRow? Row(CsvDataReader csv, RosterHeader header, CellPool pool, RowOrigin origin, string display, List<ExportError> errors)
    {
        var count = csv.RowFieldCount;
        var cells = new string[RosterColumns.Count];
        var blank = true;
        for (var c = 0; c < cells.Length; c++)
        {
            var source = header.SourceOf((RosterColumn)c);
            cells[c] = source >= 0 && source < count ? pool.Get((RosterColumn)c, csv.GetFieldSpan(source)) : "";
            blank &= cells[c].Length == 0 || c == (int)RosterColumn.Seq;
        }
        for (var i = 0; i < count; i++)
        {
            if (!header.IsBlank(i) || csv.GetFieldSpan(i).IsWhiteSpace()) continue;
            errors.Add(new(DiagnosticCodes.RosterRow, display, origin.Line, "", $"第 {i + 1} 格有内容，但这一列没有表头；请补上表头，或清空这一格",
                $"cell {i + 1} has a value but its column has no header; add the header or clear the cell"));
        }
        return blank ? null : new RosterRow(cells, origin, header.Columns);
    }
}
