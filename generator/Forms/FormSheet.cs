using System.Globalization;
using ClosedXML.Excel;

namespace SkillCert.Generator.Forms;

/// <summary>
/// A worksheet laid out as a printed form, row by row: the annex mark, the title, lines of text, bordered boxes that
/// may span columns, on A4 with the columns fitted to the page. Values are typed: text stays text (an ID number keeps
/// its 18 digits), counts and scores are numbers.
/// </summary>
public sealed class FormSheet
{
    private const string Font = "宋体";
    private readonly IXLWorksheet _sheet;
    private readonly int _columns;

    public FormSheet(XLWorkbook book, string name, IReadOnlyList<double> widths, bool landscape = false)
    {
        _sheet = book.AddWorksheet(name);
        _columns = widths.Count;
        for (var c = 0; c < widths.Count; c++) _sheet.Column(c + 1).Width = widths[c];
        _sheet.Style.Font.FontName = Font;
        _sheet.Style.Font.FontSize = 11;
        _sheet.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        _sheet.Style.Alignment.WrapText = true;
        var page = _sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = landscape ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        page.FitToPages(1, 0);
        page.CenterHorizontally = true;
        page.Margins.SetLeft(0.5).SetRight(0.5).SetTop(0.6).SetBottom(0.6);
    }

    /// <summary>The next row to be written, 1-based.</summary>
    public int Row { get; private set; } = 1;

    public IXLWorksheet Sheet => _sheet;

    /// <summary>The annex mark above the title, as the notice prints it (附件3).</summary>
    public void Annex(string annex)
    {
        _sheet.Cell(Row, 1).SetValue(annex).Style.Font.SetFontName("黑体");
        Row++;
    }

    public void Title(string title)
    {
        var range = Span(Row, 1, _columns, title);
        range.Style.Font.SetBold().Font.SetFontSize(18).Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        _sheet.Row(Row).Height = 36;
        Row++;
    }

    /// <summary>A line of text without borders: one text across the sheet, or a left and a right half.</summary>
    public void Line(string left, string? right = null, bool bold = false)
    {
        if (right is null)
        {
            Span(Row, 1, _columns, left).Style.Font.Bold = bold;
        }
        else
        {
            var half = (_columns + 1) / 2;
            Span(Row, 1, half, left).Style.Font.Bold = bold;
            Span(Row, half + 1, _columns, right).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Right);
        }
        Row++;
    }

    /// <summary>A bordered row of boxes: each value spans the given number of columns (1 when none are given).</summary>
    public void Boxes(IReadOnlyList<object?> values, IReadOnlyList<int>? spans = null, double? height = null, bool header = false)
    {
        var column = 1;
        for (var i = 0; i < values.Count; i++)
        {
            var span = spans?[i] ?? 1;
            var range = Span(Row, column, column + span - 1, values[i]);
            range.Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin);
            if (header) range.Style.Font.SetBold().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
            column += span;
        }
        if (height is { } h) _sheet.Row(Row).Height = h;
        Row++;
    }

    /// <summary>A box spanning rows and columns, for a header over two rows; does not move on a row.</summary>
    public void TallBox(int fromRow, int toRow, int column, object? value)
    {
        var range = _sheet.Range(fromRow, column, toRow, column);
        range.Merge();
        Put(_sheet.Cell(fromRow, column), value);
        range.Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Font.SetBold().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
    }

    /// <summary>Keeps the rows from <paramref name="from"/> to <paramref name="to"/> at the top of every printed page.</summary>
    public void RepeatOnEveryPage(int from, int to) => _sheet.PageSetup.SetRowsToRepeatAtTop(from, to);

    public void Skip() => Row++;

    private IXLRange Span(int row, int from, int to, object? value)
    {
        var range = _sheet.Range(row, from, row, to);
        if (to > from) range.Merge();
        Put(_sheet.Cell(row, from), value);
        return range;
    }

    /// <summary>Writes a value as what it is: numbers as numbers, everything else as text, never guessed from its look.</summary>
    public static void Put(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case int n:
                cell.SetValue(n);
                break;
            case double d:
                cell.SetValue(d);
                break;
            default:
                cell.SetValue(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                cell.DataType = XLDataType.Text;
                break;
        }
    }
}
