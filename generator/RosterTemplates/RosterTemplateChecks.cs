using ClosedXML.Excel;
using SkillCert.Core.Rosters;

namespace SkillCert.Generator.RosterTemplates;

/// <summary>
/// The data validation of each column of the roster template: a drop-down list where the values are known, a range
/// where they are numbers, and a prompt in Chinese saying what the export expects. A value off a list is refused, except
/// for 证件类型, where another document type is allowed after a warning.
/// </summary>
public static class RosterTemplateChecks
{
    public static void Apply(RosterColumn column, IXLRange cells, IXLRange? list)
    {
        var (title, prompt) = Prompt(column);
        var check = cells.SetDataValidation();
        check.ErrorTitle = title;
        check.IgnoreBlanks = true;
        check.InputTitle = title;
        check.InputMessage = prompt;
        check.ShowInputMessage = true;
        check.ShowErrorMessage = true;
        if (list is not null)
        {
            check.List(list, true);
            check.ErrorStyle = column == RosterColumn.DocumentType ? XLErrorStyle.Warning : XLErrorStyle.Stop;
            check.ErrorMessage = column == RosterColumn.DocumentType
                ? "不是常用的证件类型；确认无误可继续。"
                : $"请从下拉列表中选择；列表来自本单位备案范围内的{title}。";
        }
        else if (column == RosterColumn.Seq)
        {
            check.WholeNumber.Between(1, 1_000_000);
            check.ErrorMessage = "序号填正整数。";
        }
        else if (column is RosterColumn.Tenure or RosterColumn.TheoryScore or RosterColumn.SkillScore or RosterColumn.PerformanceScore)
        {
            var max = column == RosterColumn.Tenure ? RosterRules.MaxTenureYears : RosterCells.MaxScore;
            check.Decimal.Between(0, max);
            check.ErrorMessage = $"请填 0 到 {max} 之间的数。";
        }
        else
        {
            check.AllowedValues = XLAllowedValues.AnyValue;
        }
    }

    private static (string Title, string Prompt) Prompt(RosterColumn column) => column switch
    {
        RosterColumn.Name => ("姓名", "与证件上的姓名一致。"),
        RosterColumn.Gender => ("性别", "选择 男 或 女；须与身份证号码第17位一致。"),
        RosterColumn.DocumentType => ("证件类型", "一般为居民身份证。"),
        RosterColumn.IdNumber => ("证件号码", "本列为文本格式，请完整填写18位身份证号码。"),
        RosterColumn.Tenure => ("岗位工龄", "在本岗位工作的年数，0 到 70。"),
        RosterColumn.OccupationCode => ("职业编码", "选择与“申报职业”对应的职业编码。"),
        RosterColumn.OccupationName => ("申报职业", "选择本单位备案范围内的职业。"),
        RosterColumn.Trade => ("工种", "选择工种；无工种选“—”。"),
        RosterColumn.Level => ("评价等级", "选择本单位备案范围内的等级。"),
        RosterColumn.TheoryScore or RosterColumn.SkillScore or RosterColumn.PerformanceScore => (RosterColumns.Header(column), "0 到 100 分；三项成绩至少填一项。"),
        RosterColumn.IssuedOn => ("发证日期", "按 2024-09-18 的格式填写。"),
        RosterColumn.Number => ("证书编号", "留空，由 skillcert export 按编码规则编号。"),
        RosterColumn.Seq => ("序号", "从 1 起依次编号。"),
        _ => (RosterColumns.Header(column), $"填写{RosterColumns.Header(column)}。"),
    };
}
