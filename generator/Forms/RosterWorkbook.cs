using System.Globalization;

namespace SkillCert.Generator.Forms;

/// <summary>Writes 附件4 as a workbook: the notice's columns, one row per person, the header repeated on every printed page.</summary>
public static class RosterWorkbook
{
    public const string SheetName = "合格人员花名册";

    public static void Write(RosterForm form, string path)
    {
        using var book = new ClosedXML.Excel.XLWorkbook();
        var sheet = new FormSheet(book, SheetName, form.Columns.Select(Width).ToArray(), landscape: true);
        sheet.Annex(form.Annex);
        sheet.Title(form.Title);
        sheet.Line($"填报单位（章）：{form.Unit}", $"填报日期：{form.FiledOn}");
        sheet.Line($"评价时间：{form.EvaluatedOn}");
        var header = sheet.Row;
        sheet.Boxes([.. form.Columns], header: true);
        sheet.RepeatOnEveryPage(header, header);
        foreach (var line in form.Lines)
            sheet.Boxes([.. line.Select((cell, i) => Value(form.Columns[i], cell))]);
        sheet.Line(form.Note);
        book.SaveAs(path);
    }

    private static object? Value(string column, string cell) =>
        RosterForm.NumericColumns.Contains(column) && double.TryParse(cell, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            ? n : cell;

    private static double Width(string column) => column switch
    {
        "序号" or "性别" => 6,
        "身份证号码" => 22,
        RosterForm.NumberColumn => 26,
        "申报职业" => 18,
        "评价等级" => 13,
        _ => 10,
    };
}
