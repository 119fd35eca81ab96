namespace SkillCert.Generator.Forms;

/// <summary>Writes the public part of 附件1 as a workbook: filled boxes from the institution's file, blank boxes to fill by hand.</summary>
public static class FilingWorkbook
{
    public const string SheetName = "备案表";

    private static readonly double[] Widths = [16, 14, 12, 12, 12, 20, 12];

    public const string SignatureText = "负责人：＿＿＿＿＿＿　　（章）\n" + FormText.BlankDate;

    public static void Write(FilingForm form, string path)
    {
        using var book = new ClosedXML.Excel.XLWorkbook();
        var sheet = new FormSheet(book, SheetName, Widths);
        sheet.Annex(form.Annex);
        sheet.Title(form.Title);
        sheet.Line($"备案日期：{form.FiledOn}", $"备案有效期：{form.ValidUntil}");
        sheet.Line("一、基本情况", bold: true);
        foreach (var row in form.Basics)
            sheet.Boxes([row.Left.Label, row.Left.Value, row.Right.Label, row.Right.Value], [1, 2, 2, 2], height: 30);
        sheet.Line("二、拟开展评价的职业（工种）、等级及评价规范情况", bold: true);
        sheet.Boxes([.. form.ScopeColumns], header: true, height: 30);
        foreach (var line in form.Scope)
            sheet.Boxes([line.Seq, line.OccupationName, line.OccupationCode, line.Trade, line.Levels, line.Standard, line.TestItems], height: 30);
        foreach (var section in form.OpenSections)
        {
            sheet.Line(section, bold: true);
            sheet.Boxes([""], [7], height: 90);
        }
        sheet.Boxes([form.SignOffs[0], form.ApplicantStatement + "\n" + SignatureText], [1, 6], height: 72);
        foreach (var office in form.SignOffs.Skip(1))
            sheet.Boxes([office, SignatureText], [1, 6], height: 72);
        foreach (var note in form.Notes) sheet.Line(note);
        book.SaveAs(path);
    }
}
