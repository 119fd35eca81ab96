using System.Text.Json.Serialization;
using SkillCert.Core.Numbers;

namespace SkillCert.VerifyApi.Contracts;

/// <summary>
/// The public answer for a found certificate, verdict first. It carries the masked name only; the full name appears
/// only when a matching name or authentic QR claims confirmed the holder, and no part of the ID number ever appears.
/// </summary>
public sealed record CertificateView(
    string Verdict,
    string VerdictHeadline,
    string VerdictSummary,
    string Number,
    string Form,
    IReadOnlyDictionary<string, DecodedField> Fields,
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
    /// <summary>Present only when the query gave a name: matches, differs, or refused (the day's cap on wrong names was reached).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NameCheck { get; init; }

    /// <summary>The holder's full name, present only when the holder was confirmed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    /// <summary>Present only when the query carried QR claims (<c>?qr=</c>): what their signature and content say.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ClaimsView? Claims { get; init; }

    /// <summary>The review and publicity of the certificate's batch; absent when the export does not record its batch (before schema 3).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProcessView? Process { get; init; }

    /// <summary>Present on a reissue: the number of the certificate it corrects and replaces.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Replaces { get; init; }

    /// <summary>Present on a certificate corrected by a reissue (its verdict is revoked): the number of the one that replaces it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReplacedBy { get; init; }
}
