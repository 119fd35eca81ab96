using SkillCert.Generator.Site;

namespace SkillCert.VerifyApi.Pages;

/// <summary>The model of <c>site-templates/result.html</c>: the answer to one verification, by number or by QR code.</summary>
public sealed record ResultPage(
    SiteView Site,
    string Title,
    string Url,
    OutcomeView Outcome,
    ClaimsView? Claims,
    string? NameCheck,
    CertificateFactsView? Certificate,
    IReadOnlyList<CheckRowView> Checks,
    IReadOnlyList<FieldRowView> Fields,
    VerifyFormView Form,
    int StatusCode,
    string? CertificateUrl);
