using ClosedXML.Excel;
using SkillCert.Core.Rosters;
using SkillCert.Generator.Forms;

namespace SkillCert.Generator.RosterTemplates;

/// <summary>
/// Writes a blank 附件4 roster for one institution that the export reads as it is: the title rows, the header row of
/// every column the export reads, and <see cref="DataRows"/> rows whose 申报职业, 职业编码, 工种, 评价等级, 性别 and
/// 证件类型 cells take values from drop-down lists (the institution's filed scope on the day), whose scores and 岗位工龄
/// take numbers in range, and whose 证件号码 is text, so that Excel keeps all 18 digits. A second sheet shows the scope;
/// a hidden third holds the lists.
/// </summary>
public static class RosterTemplateWorkbook
{
    public const string SheetName = "花名册";
    public const string ScopeSheetName = "备案范围";
    public const string ListsSheetName = "选项";

    /// <summary>The row of the header: below the annex mark, the title and the unit.</summary>
    public const int HeaderRow = 4;

    /// <summary>How many rows carry the lists and checks; a larger batch copies the last row down.</summary>
    public const int DataRows = 1000;

    public static void Write(string institutionName, string seq, DateOnly day, ScopeChoices choices, IReadOnlyList<FilingScopeLine> scope, Stream output)
    {
        using var book = new XLWorkbook();
        var columns = RosterColumns.All;
        var sheet = new FormSheet(book, SheetName, columns.Select(Width).ToArray(), landscape: true);
        sheet.Annex("附件4");
        sheet.Title("企业职业技能等级认定合格人员花名册");
        sheet.Line($"填报单位（章）：{institutionName}", $"机构序列码 {seq} · 备案范围截至 {FormText.Date(day)}");
        sheet.Boxes([.. columns.Select(RosterColumns.Header)], header: true);
        var roster = sheet.Sheet;
        roster.SheetView.FreezeRows(HeaderRow);

        var lists = book.AddWorksheet(ListsSheetName);
        var ranges = new Dictionary<RosterColumn, IXLRange>
        {
            [RosterColumn.Gender] = List(lists, 1, "性别", ScopeChoices.Genders),
            [RosterColumn.DocumentType] = List(lists, 2, "证件类型", ScopeChoices.DocumentTypes),
            [RosterColumn.OccupationCode] = List(lists, 3, "职业编码", choices.Codes),
            [RosterColumn.OccupationName] = List(lists, 4, "申报职业", choices.Occupations),
            [RosterColumn.Trade] = List(lists, 5, "工种", choices.Trades),
            [RosterColumn.Level] = List(lists, 6, "评价等级", choices.Levels),
        };
        lists.Hide();

        foreach (var column in columns)
        {
            var cells = roster.Range(HeaderRow + 1, (int)column + 1, HeaderRow + DataRows, (int)column + 1);
            cells.Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
            // Text, so that Excel neither cuts an ID number to 15 digits nor reads an occupation code such as 6-18-01-01 as a date.
            if (column is RosterColumn.IdNumber or RosterColumn.Number or RosterColumn.OccupationCode) cells.Style.NumberFormat.Format = "@";
            if (column is RosterColumn.IssuedOn) cells.Style.NumberFormat.Format = "yyyy-mm-dd";
            RosterTemplateChecks.Apply(column, cells, ranges.GetValueOrDefault(column));
        }
        WriteScope(book, scope, day);
        book.SaveAs(output);
    }

    private static IXLRange List(IXLWorksheet lists, int column, string title, IReadOnlyList<string> values)
    {
        FormSheet.Put(lists.Cell(1, column), title);
        for (var i = 0; i < values.Count; i++) FormSheet.Put(lists.Cell(i + 2, column), values[i]);
        return lists.Range(2, column, Math.Max(2, values.Count + 1), column);
    }

    private static void WriteScope(XLWorkbook book, IReadOnlyList<FilingScopeLine> scope, DateOnly day)
    {
        var sheet = new FormSheet(book, ScopeSheetName, [14, 18, 18, 48]);
        sheet.Title("本单位备案的职业（工种）和等级");
        sheet.Line($"截至 {FormText.Date(day)}。花名册每一行的职业、工种和等级须在下列范围之内；工种为“—”的一行，本职业有无工种均可。");
        sheet.Boxes(["职业编码", "职业名称", "工种", "等级"], header: true);
        foreach (var line in scope) sheet.Boxes([line.OccupationCode, line.OccupationName, line.Trade, line.Levels]);
    }

    private static double Width(RosterColumn column) => column switch
    {
        RosterColumn.Seq or RosterColumn.Gender => 6,
        RosterColumn.IdNumber => 21,
        RosterColumn.Number => 25,
        RosterColumn.DocumentType or RosterColumn.OccupationName or RosterColumn.Trade or RosterColumn.Level => 14,
        RosterColumn.OccupationCode or RosterColumn.IssuedOn => 12,
        _ => 9,
    };
}
