using SkillCert.Core.Diagnostics;

namespace SkillCert.Core.Exports;

/// <summary>
/// The totals of an evaluation batch as its results summary (附件3) gives them: when it was evaluated, how many
/// applied, how many were evaluated and how many passed. The roster (附件4) lists exactly the people who passed.
/// </summary>
public sealed record BatchTotals(DateOnly? EvaluatedOn, int? Applicants, int? Evaluated, int? Passed)
{
    public const string EvaluatedOnField = "evaluated_on";
    public const string ApplicantsField = "applicants";
    public const string EvaluatedField = "evaluated";
    public const string PassedField = "passed";

    /// <summary>
    /// Every disagreement between these totals and the roster: passed must equal the roster's rows, the counts may
    /// only shrink from applicants to evaluated to passed, and no certificate predates the evaluation.
    /// </summary>
    public IReadOnlyList<(string Field, Phrase Message)> Check(int rosterRows, DateOnly? firstIssued, DateOnly asOf)
    {
        var problems = new List<(string, Phrase)>();
        if (Passed is { } passed && passed != rosterRows)
            problems.Add((PassedField, new($"合格人数写的是 {passed} 人，但花名册上有 {rosterRows} 人；花名册列出的应当正好是全部合格人员",
                $"{passed} passed, but the roster lists {rosterRows} {(rosterRows == 1 ? "person" : "people")}; the roster holds exactly the people who passed")));
        if (Evaluated is { } evaluated && Passed is { } p && p > evaluated)
            problems.Add((PassedField, new($"合格 {p} 人，多于参评的 {evaluated} 人；合格人数不能多于参评人数",
                $"{p} passed out of {evaluated} evaluated; no more can pass than were evaluated")));
        if (Applicants is { } applicants && Evaluated is { } e && e > applicants)
            problems.Add((EvaluatedField, new($"参评 {e} 人，多于报名的 {applicants} 人；参评人数不能多于报名人数",
                $"{e} evaluated out of {applicants} applicants; no more can be evaluated than applied")));
        if (Applicants is { } a && Evaluated is null && Passed is { } q && q > a)
            problems.Add((PassedField, new($"合格 {q} 人，多于报名的 {a} 人；合格人数不能多于报名人数",
                $"{q} passed out of {a} applicants; no more can pass than applied")));
        if (EvaluatedOn is { } on && on > asOf)
            problems.Add((EvaluatedOnField, new($"评价日期 {on:yyyy-MM-dd} 还没有到", $"{on:yyyy-MM-dd} is in the future")));
        else if (EvaluatedOn is { } day && firstIssued is { } first && first < day)
            problems.Add((EvaluatedOnField, new($"评价日期 {day:yyyy-MM-dd} 晚于花名册上最早的发证日期 {first:yyyy-MM-dd}；先评价，后发证",
                $"{day:yyyy-MM-dd} is after the roster's first issue date {first:yyyy-MM-dd}; certificates follow the evaluation")));
        return problems;
    }
}
