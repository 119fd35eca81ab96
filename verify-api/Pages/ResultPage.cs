using SkillCert.Generator.Site;

namespace SkillCert.VerifyApi.Pages;

/// <summary>
/// The model of <c>site-templates/result.html</c>: the answer to one verification, by number, by name or by QR code.
/// The verdict comes first; the rows under it agree with it.
/// </summary>
public sealed record ResultPage(
    SiteView Site,
    string Title,
    string Url,
    VerdictView Verdict,
    CertificateFactsView? Certificate,
    string RowsHeading,
    string? RowsNote,
    IReadOnlyList<CheckRowView> Rows,
    NotFoundInstitutionView? Institution,
    IReadOnlyList<FieldRowView> Fields,
    VerifyFormView Form,
    int StatusCode,
    string? CertificateUrl);
