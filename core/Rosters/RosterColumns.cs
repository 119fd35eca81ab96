using System.Collections.Frozen;
using SkillCert.Core.Text;

namespace SkillCert.Core.Rosters;

/// <summary>The Chinese header of each roster column, and the other ways people write it.</summary>
public static class RosterColumns
{
    public const int Count = 17;

    /// <summary>Every column a roster may have.</summary>
    public static IReadOnlyList<RosterColumn> All { get; } = Enum.GetValues<RosterColumn>();

    /// <summary>The columns of the richer form, in its order: the header row DESIGN.md and the README give.</summary>
    public static IReadOnlyList<RosterColumn> Rich { get; } = All.Take(15).ToArray();

    /// <summary>The header row as DESIGN.md and the README give it.</summary>
    public static string HeaderLine => string.Join(",", Rich.Select(Header));

    /// <summary>
    /// The columns a roster may leave out, each taken from elsewhere when it does (see <see cref="RosterRules"/>): the
    /// official 附件4 has none of them but 岗位, and 原证书编号 is only for reissues.
    /// </summary>
    public static RosterColumnSet Optional { get; } = RosterColumnSet.Of(RosterColumn.DocumentType, RosterColumn.OccupationCode,
        RosterColumn.Trade, RosterColumn.IssuedOn, RosterColumn.Number, RosterColumn.Post, RosterColumn.Replaces);

    /// <summary>The header the form uses for a column.</summary>
    public static string Header(RosterColumn column) => column switch
    {
        RosterColumn.Seq => "序号",
        RosterColumn.Name => "姓名",
        RosterColumn.Gender => "性别",
        RosterColumn.DocumentType => "证件类型",
        RosterColumn.IdNumber => "证件号码",
        RosterColumn.Tenure => "岗位工龄",
        RosterColumn.OccupationCode => "职业编码",
        RosterColumn.OccupationName => "申报职业",
        RosterColumn.Trade => "工种",
        RosterColumn.Level => "评价等级",
        RosterColumn.TheoryScore => "理论成绩",
        RosterColumn.SkillScore => "技能成绩",
        RosterColumn.PerformanceScore => "业绩评审成绩",
        RosterColumn.IssuedOn => "发证日期",
        RosterColumn.Number => "证书编号",
        RosterColumn.Post => "岗位",
        RosterColumn.Replaces => "原证书编号",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    // Other names seen on real forms: the notice's own 附件4 says 身份证号码, and templates vary a little.
    private static readonly FrozenDictionary<string, RosterColumn> ByName = BuildNames();

    /// <summary>
    /// The column a header cell names, read tolerantly: surrounding and inner spaces, line breaks (the two-line
    /// 岗位/工龄 header), full-width brackets and a trailing note in brackets such as 发证日期（年月日） are ignored.
    /// </summary>
    public static RosterColumn? FromHeader(string? header)
    {
        if (header is not null && ByName.TryGetValue(header, out var exact)) return exact;
        var key = HeaderKey(header);
        return ByName.TryGetValue(key, out var column) ? column : null;
    }

    /// <summary>The normalised form of a header cell that <see cref="FromHeader"/> compares.</summary>
    public static string HeaderKey(string? header)
    {
        var text = TextNormalizer.ToHalfWidth(header ?? "");
        var chars = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '*') continue;
            chars.Append(c);
        }
        var key = chars.ToString();
        var bracket = key.IndexOfAny(['(', '[', '【', '〔']);
        return bracket > 0 ? key[..bracket] : key;
    }

    private static FrozenDictionary<string, RosterColumn> BuildNames()
    {
        var names = All.ToDictionary(Header, c => c, StringComparer.Ordinal);
        names["身份证号码"] = RosterColumn.IdNumber;
        names["身份证号"] = RosterColumn.IdNumber;
        names["证件号"] = RosterColumn.IdNumber;
        names["工龄"] = RosterColumn.Tenure;
        names["职业代码"] = RosterColumn.OccupationCode;
        names["职业名称"] = RosterColumn.OccupationName;
        names["工种名称"] = RosterColumn.Trade;
        names["职业技能等级"] = RosterColumn.Level;
        names["等级"] = RosterColumn.Level;
        names["业绩成绩"] = RosterColumn.PerformanceScore;
        names["业绩评审"] = RosterColumn.PerformanceScore;
        names["颁证日期"] = RosterColumn.IssuedOn;
        names["证书号码"] = RosterColumn.Number;
        names["更正原证书编号"] = RosterColumn.Replaces;
        names["原证书号码"] = RosterColumn.Replaces;
        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
