namespace SkillCert.Generator.Forms;

/// <summary>
/// Where each form goes under --out, and the template it is printed through: per institution
/// <c>&lt;seq&gt;/附件1-备案表</c>, per batch <c>&lt;seq&gt;/&lt;batch&gt;/附件3-结果汇总表</c>, <c>附件4-合格人员花名册</c> and
/// <c>公示名单</c>, each as .xlsx and .html or .pdf (the 公示 list only once the batch's review passed), with <c>assets/forms.css</c> beside them.
/// </summary>
public static class FormFiles
{
    public const string Stylesheet = "assets/forms.css";

    public const string Filing = "附件1-备案表";
    public const string Summary = "附件3-结果汇总表";
    public const string Roster = "附件4-合格人员花名册";
    public const string Publicity = "公示名单";

    public const string FilingTemplate = "forms/filing.html";
    public const string SummaryTemplate = "forms/summary.html";
    public const string RosterTemplate = "forms/roster.html";
    public const string PublicityTemplate = "forms/publicity.html";

    public static IReadOnlyList<string> Templates { get; } = [FilingTemplate, SummaryTemplate, RosterTemplate, PublicityTemplate];

    /// <summary>The folder of an institution's forms, relative to --out.</summary>
    public static string OfInstitution(string seq) => seq;

    /// <summary>The folder of a batch's forms, relative to --out.</summary>
    public static string OfBatch(string seq, string batch) => $"{seq}/{batch}";

    /// <summary>forms.css as a page in <paramref name="folder"/> (relative to --out) links it.</summary>
    public static string StylesheetFrom(string folder) => string.Concat(Enumerable.Repeat("../", folder.Count(c => c == '/') + 1)) + Stylesheet;
}
