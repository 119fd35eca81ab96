using ClosedXML.Excel;

namespace SkillCert.Generator.Forms;

/// <summary>Writes 附件3 as a workbook laid out as the notice prints it, ready to print on A4 or to fill on screen.</summary>
public static class SummaryWorkbook
{
    public const string SheetName = "结果汇总表";

    private static readonly double[] Widths = [26, 9, 9, 9, 9, 10, 9];

    /// <summary>The text of a sign-off box: who signs, the seal and the date, left blank.</summary>
    public const string SignOffText = "承办人：＿＿＿＿＿＿　　负责人：＿＿＿＿＿＿\n（章）\n" + FormText.BlankDate;

    public static void Write(SummaryForm form, string path)
    {
        using var book = new XLWorkbook();
        var sheet = new FormSheet(book, SheetName, Widths);
        sheet.Annex(form.Annex);
        sheet.Title(form.Title);
        sheet.Line($"填报单位（章）：{form.Unit}", $"填报日期：{form.FiledOn}");
        sheet.Boxes(["评价时间", form.EvaluatedOn, "申报人数", Number(form.Applicants)], [1, 3, 1, 2]);
        sheet.Boxes(["评价人数", Number(form.Evaluated), "合格人数", Number(form.Passed)], [1, 3, 1, 2]);
        var head = sheet.Row;
        sheet.TallBox(head, head + 1, 1, "评价工种");
        var span = sheet.Sheet.Range(head, 2, head, 7);
        span.Merge();
        FormSheet.Put(sheet.Sheet.Cell(head, 2), "等级及合格人数");
        span.Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Font.SetBold().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        sheet.Skip();
        sheet.Boxes([null, .. form.LevelColumns, "小计"], header: true);
        foreach (var line in form.Lines.Append(form.Total))
            sheet.Boxes([line.Occupation, .. line.ByLevel.Select(n => (object?)n), line.Subtotal]);
        foreach (var office in form.SignOffs)
            sheet.Boxes([office, SignOffText], [1, 6], height: 72);
        sheet.Line(form.Note);
        book.SaveAs(path);
    }

    /// <summary>A count as a number, or the empty box the batch file left.</summary>
    internal static object? Number(string count) => int.TryParse(count, out var n) ? n : null;
}
