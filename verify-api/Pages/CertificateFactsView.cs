using SkillCert.Generator.Site;

namespace SkillCert.VerifyApi.Pages;

/// <summary>
/// A found certificate as the result page lists it. The holder is masked unless a name or signed claims confirmed them.
/// The institution is named as it stood on the issue date (and today, when renamed since), with its standing on both
/// days, each labelled; <see cref="Muted"/> keeps its badges from looking like a pass under a verdict that is not genuine.
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
    string? RevocationReason);
