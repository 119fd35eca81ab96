using SkillCert.Generator.Site;

namespace SkillCert.VerifyApi.Pages;

/// <summary>A found certificate as the result page lists it; the holder is masked unless a name or signed claims matched.</summary>
public sealed record CertificateFactsView(
    string Number,
    string Holder,
    bool HolderIsFull,
    string Occupation,
    string Trade,
    string Level,
    string IssuedOn,
    string InstitutionSeq,
    string InstitutionName,
    string InstitutionUrl,
    StatusView? InstitutionStatus,
    string? RevokedOn,
    string? RevocationReason);
