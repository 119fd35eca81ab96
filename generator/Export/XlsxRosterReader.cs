using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using SkillCert.Core.Rosters;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// Reads an .xlsx roster with MiniExcel, after <see cref="XlsxInspection"/> has found it safe. Rows are numbered as
/// Excel numbers them; cells are named by their column's header. Values must be typed in: formulas and merged cells
/// are errors, and an ID number stored as a number (which Excel cuts to 15 digits) is caught.
/// </summary>
public static class XlsxRosterReader
{
    private static readonly OpenXmlConfiguration Configuration = new() { EnableSharedStringCache = false, FillMergedCells = false };

    /// <summary>Calls <paramref name="onRow"/> for each non-blank data row; returns the header, or null after reporting why there is none.</summary>
    public static RosterHeader? Read(RosterFile file, byte[] bytes, int source, CellPool pool, List<ExportError> errors, Action<RosterRow> onRow)
    {
        var facts = XlsxInspection.Inspect(bytes, file.Display, errors);
        if (facts is null) return null;
        var search = new RosterHeaderSearch(file.Display, errors);
        var rowNumber = 0;
        using var stream = new MemoryStream(bytes, writable: false);
        // MiniExcel's rows are typed dynamic; held as object, they are cast without C#'s runtime binder, which a natively
        // published skillcert does not have.
        using IEnumerator<object> rows = MiniExcel.Query(stream, useHeaderRow: false, sheetName: facts.SheetName, excelType: ExcelType.XLSX, configuration: Configuration)
            .GetEnumerator();
        while (true)
        {
            IDictionary<string, object?> values;
            try
            {
                if (!rows.MoveNext()) break;
                values = (IDictionary<string, object?>)rows.Current;
            }
            catch (Exception e) when (IsUnreadable(e))
            {
                errors.Add(new(DiagnosticCodes.RosterUnreadable, file.Display, rowNumber + 1, "",
                    $"工作簿从这一行起读不出来（{e.Message}）；请在 Excel 或 WPS 里打开，重新另存为 .xlsx",
                    $"the workbook cannot be read from here on ({e.Message}); open it in Excel or WPS and save it again as .xlsx"));
                return null;
            }
            rowNumber++;
            var raw = values.Values.ToList();
            if (search.Header is { } header)
            {
                if (Row(raw, header, pool, new RowOrigin(source, rowNumber), file.Display, errors) is { } row) onRow(row);
                continue;
            }
            search.Offer(raw.Select(v => Text(v)).ToList(), rowNumber);
            if (search.IsOver && search.Header is null) return null;
            if (search.Header is { } found) ReportFormulasAndMerges(facts, found, file.Display, errors);
        }
        if (search.IsOver) return search.Header;
        var late = search.Finish();
        if (late is not null) ReportFormulasAndMerges(facts, late, file.Display, errors);
        return late;
    }

    /// <summary>
    /// Whether an exception from MiniExcel means the workbook is damaged. Fuzzing found it throwing XmlException,
    /// InvalidOperationException and NullReferenceException for parts (relationships, styles, shared strings) damaged
    /// past what <see cref="XlsxInspection"/> looks at, so anything it throws while reading is the file's fault; only
    /// running out of memory is not.
    /// </summary>
    private static bool IsUnreadable(Exception e) => e is not (OutOfMemoryException or InsufficientExecutionStackException);

    private static RosterRow? Row(List<object?> raw, RosterHeader header, CellPool pool, RowOrigin origin, string display, List<ExportError> errors)
    {
        var cells = new string[RosterColumns.Count];
        var blank = true;
        var broken = false;
        for (var c = 0; c < cells.Length; c++)
        {
            var column = (RosterColumn)c;
            var source = header.SourceOf(column);
            var value = source >= 0 && source < raw.Count ? raw[source] : null;
            if (column == RosterColumn.IdNumber && value is double)
            {
                errors.Add(new(DiagnosticCodes.RosterRow, display, origin.Line, RosterColumns.Header(column),
                    "证件号码被存成了数字，Excel 只保留了前 15 位；请把这一列的单元格格式设为“文本”，再重新输入号码",
                    "the ID number is stored as a number, so Excel kept only its first 15 digits; format the column as text (文本) and type the numbers in again"));
                broken = true;
                blank = false;
                continue;
            }
            cells[c] = pool.Get(column, Text(value));
            blank &= cells[c].Length == 0 || column == RosterColumn.Seq;
        }
        for (var i = 0; i < raw.Count; i++)
        {
            if (header.IsBlank(i) && !string.IsNullOrWhiteSpace(Text(raw[i])))
                errors.Add(new(DiagnosticCodes.RosterRow, display, origin.Line, XlsxCellRef.Letters(i), "这一格有内容，但这一列没有表头；请补上表头，或清空这一格",
                    "this cell has a value but its column has no header; add the header or clear the cell"));
        }
        return blank || broken ? null : new RosterRow(cells, origin, header.Columns);
    }

    private static void ReportFormulasAndMerges(XlsxSheetFacts facts, RosterHeader header, string display, List<ExportError> errors)
    {
        foreach (var cell in facts.Formulas.Where(f => f.Row >= header.Line))
            errors.Add(new(DiagnosticCodes.RosterRow, display, cell.Row, Name(header, cell.Column),
                $"单元格 {cell} 是公式；花名册要填实际的值，请复制这一列，再“选择性粘贴”为“数值”",
                $"cell {cell} holds a formula; rosters need typed-in values, so copy the column and paste it back as values only"));
        foreach (var (from, to) in facts.Merges.Where(m => m.To.Row >= header.Line))
            errors.Add(new(DiagnosticCodes.RosterRow, display, Math.Max(from.Row, header.Line), Name(header, from.Column),
                $"单元格 {from}:{to} 是合并的；请取消合并，每一格都填上内容",
                $"cells {from}:{to} are merged; unmerge them and fill in every cell"));
    }

    private static string Name(RosterHeader header, int column) =>
        header.IsBlank(column) ? XlsxCellRef.Letters(column) : header.NameOf(column).ReplaceLineEndings(" ");

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
