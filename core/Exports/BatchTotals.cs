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
    public IReadOnlyList<(string Field, string Message)> Check(int rosterRows, DateOnly? firstIssued, DateOnly asOf)
    {
        var problems = new List<(string, string)>();
        if (Passed is { } passed && passed != rosterRows)
            problems.Add((PassedField, $"{passed} passed, but the roster lists {rosterRows} {(rosterRows == 1 ? "person" : "people")}; the roster holds exactly the people who passed"));
        if (Evaluated is { } evaluated && Passed is { } p && p > evaluated)
            problems.Add((PassedField, $"{p} passed out of {evaluated} evaluated; no more can pass than were evaluated"));
        if (Applicants is { } applicants && Evaluated is { } e && e > applicants)
            problems.Add((EvaluatedField, $"{e} evaluated out of {applicants} applicants; no more can be evaluated than applied"));
        if (Applicants is { } a && Evaluated is null && Passed is { } q && q > a)
            problems.Add((PassedField, $"{q} passed out of {a} applicants; no more can pass than applied"));
        if (EvaluatedOn is { } on && on > asOf)
            problems.Add((EvaluatedOnField, $"{on:yyyy-MM-dd} is in the future"));
        else if (EvaluatedOn is { } day && firstIssued is { } first && first < day)
            problems.Add((EvaluatedOnField, $"{day:yyyy-MM-dd} is after the roster's first issue date {first:yyyy-MM-dd}; certificates follow the evaluation"));
        return problems;
    }
}
