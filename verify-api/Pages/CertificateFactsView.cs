using SkillCert.Rendering.Site;
using SkillCert.VerifyApi.Contracts;

namespace SkillCert.VerifyApi.Pages;

/// <summary>
/// A found certificate as the result page lists it. The holder is masked unless a name or signed claims confirmed them.
/// The institution is named as it stood on the issue date (and today, when renamed since), with its standing on both
/// days, each labelled; <see cref="Muted"/> keeps its badges from looking like a pass under a verdict that is not genuine.
/// The process comes from the certificate's batch (经…审核, 公示 from–to at a place) when the export records it; a
/// reissue names the certificate it replaces, and a replaced certificate the one that replaces it.
/// </summary>
public sealed record CertificateFactsView(
    string Number,
    string Holder,
    bool HolderIsFull,
    string? HolderHint,
    string Occupation,
    string Trade,
    string Level,
    string IssuedOn,
    string InstitutionSeq,
    string InstitutionName,
    string? InstitutionCurrentName,
    string InstitutionUrl,
    StatusView? StatusOnIssue,
    StatusView? StatusToday,
    bool Muted,
    string? RevokedOn,
    string? RevocationReason)
{
    /// <summary>Who reviewed the batch and when, or null when the export does not record the certificate's batch.</summary>
    public ReviewView? Review { get; init; }

    /// <summary>The batch's publicity period and place, or null.</summary>
    public PublicityView? Publicity { get; init; }

    /// <summary>The number of the certificate this reissue corrects, or null.</summary>
    public string? Replaces { get; init; }

    /// <summary>The number of the certificate that replaced this one, or null.</summary>
    public string? ReplacedBy { get; init; }
}
