using SkillCert.Core.Rosters;
using Sylvan.Data.Csv;

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

    /// <summary>Calls <paramref name="onRow"/> for each non-blank data row; returns the header, or null after reporting why there is none.</summary>
    public static RosterHeader? Read(RosterFile file, ReadOnlyMemory<byte> bytes, int source, CellPool pool, RosterBuffers buffers,
        List<ExportError> errors, Action<RosterRow> onRow)
    {
        using var text = RosterEncoding.Open(bytes, buffers, file.Display, errors);
        if (text is null) return null;
        var line = 1;
        RosterHeader? header = null;
        var titles = new List<(List<string> Cells, int Line)>();
        try
        {
            using var csv = CsvDataReader.Create(text, buffers.Parse, Options);
            while (csv.Read())
            {
                var at = line;
                line += csv.GetRawRecordSpan().Count('\n');
                if (header is null)
                {
                    var cells = Enumerable.Range(0, csv.RowFieldCount).Select(csv.GetString).ToList();
                    if (cells.All(string.IsNullOrWhiteSpace)) continue;
                    titles.Add((cells, at));
                    if (!RosterHeader.LooksLikeHeader(cells) && titles.Count < RosterHeader.MaxTitleRows) continue;
                    var (headerCells, headerLine) = RosterHeader.LooksLikeHeader(cells) ? (cells, at) : titles[0];
                    header = RosterHeader.Read(headerCells, headerLine, file.Display, errors);
                    if (header is null) return null;
                    continue;
                }
                var row = Row(csv, header, pool, new RowOrigin(source, at), file.Display, errors);
                if (row is not null) onRow(row);
            }
        }
        catch (CsvFormatException e)
        {
            errors.Add(new(file.Display, line, "", $"the CSV is malformed here ({e.Message}); a quote (\") inside a cell must be doubled (\"\")"));
            return null;
        }
        if (header is null && titles.Count > 0) header = RosterHeader.Read(titles[0].Cells, titles[0].Line, file.Display, errors);
        else if (header is null) errors.Add(new(file.Display, 0, "", $"the roster is empty; it needs the header row {RosterColumns.HeaderLine} and a row per person"));
        return header;
    }

    private static RosterRow? Row(CsvDataReader csv, RosterHeader header, CellPool pool, RowOrigin origin, string display, List<ExportError> errors)
    {
        var count = csv.RowFieldCount;
        var cells = new string[RosterColumns.Count];
        var blank = true;
        for (var c = 0; c < cells.Length; c++)
        {
            var source = header.SourceOf((RosterColumn)c);
            cells[c] = source < count ? pool.Get((RosterColumn)c, csv.GetFieldSpan(source)) : "";
            blank &= cells[c].Length == 0;
        }
        for (var i = 0; i < count; i++)
        {
            if (!header.IsBlank(i) || csv.GetFieldSpan(i).IsWhiteSpace()) continue;
            errors.Add(new(display, origin.Line, "", $"cell {i + 1} has a value but its column has no header; add the header or clear the cell"));
        }
        return blank ? null : new RosterRow(cells, origin);
    }
}
