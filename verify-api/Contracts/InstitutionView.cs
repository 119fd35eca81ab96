using System.Text.Json.Serialization;

namespace SkillCert.VerifyApi.Contracts;

/// <summary>
/// The issuing institution: its name as it stood on the issue date, its standing on that date and today, each labelled.
/// Name and statuses are null when the institution is not in the export.
/// </summary>
public sealed record InstitutionView(string Seq, string? Name, InstitutionStatusView? StatusOnIssue, InstitutionStatusView? Status)
{
    /// <summary>The name today, present only when it differs from the name on the issue date.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CurrentName { get; init; }
}
