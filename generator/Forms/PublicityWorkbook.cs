namespace SkillCert.Generator.Forms;

/// <summary>Writes the 公示 list as a workbook, to print on A4 or to adjust on screen before it is posted; it carries what the printed list carries.</summary>
public static class PublicityWorkbook
{
    public const string SheetName = "公示名单";

    private static readonly double[] Widths = [6, 12, 6, 18, 18, 16];

    public static void Write(PublicityList list, string path)
    {
        using var book = new ClosedXML.Excel.XLWorkbook();
        var sheet = new FormSheet(book, SheetName, Widths);
        sheet.Title(list.Title);
        sheet.Line(list.Lead);
        sheet.Line($"公示时间：{list.From}至{list.To}");
        sheet.Line($"公示地点：{list.Place}");
        var header = sheet.Row;
        sheet.Boxes([.. list.Columns], header: true);
        sheet.RepeatOnEveryPage(header, header);
        foreach (var line in list.Lines)
            sheet.Boxes([line.Seq, line.Name, line.Gender, line.Occupation, line.Trade, line.Level]);
        sheet.Line(list.Objection);
        sheet.Line("", list.Unit);
        sheet.Line("", list.From);
        book.SaveAs(path);
    }
}
