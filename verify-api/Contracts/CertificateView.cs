using System.Text.Json.Serialization;
using SkillCert.Core.Numbers;

namespace SkillCert.VerifyApi.Contracts;

/// <summary>
/// The public answer for a found certificate. It carries the masked name only; the full name appears only
/// with <see cref="NameMatches"/> true, and no part of the ID number ever appears.
/// </summary>
public sealed record CertificateView(
    string Number,
    string Form,
    IReadOnlyDictionary<string, DecodedField> Fields,
    string Outcome,
    string Status,
    string? RevokedOn,
    string? RevocationReason,
    IReadOnlyList<CheckView> Checks,
    OccupationView Occupation,
    string? Trade,
    LevelView Level,
    InstitutionView Institution,
    string IssuedOn,
    string MaskedName,
    string ExportVersion)
{
    /// <summary>Present only when the query gave a name: whether it is the holder's.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? NameMatches { get; init; }

    /// <summary>The holder's full name, present only when the given name matched.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }
}
