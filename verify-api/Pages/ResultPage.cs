using SkillCert.Rendering.Site;

namespace SkillCert.VerifyApi.Pages;

/// <summary>
/// The model of <c>site-templates/result.html</c>: the answer to one verification, by number, by name or by QR code.
/// The verdict comes first; the rows under it agree with it. A page with a <see cref="Prompt"/> instead shows the form
/// alone under a message (the bare form, or a question refused before anything was looked up) and has no verdict.
/// </summary>
public sealed record ResultPage(
    SiteView Site,
    string Title,
    string Url,
    VerdictView? Verdict,
    CertificateFactsView? Certificate,
    string RowsHeading,
    string? RowsNote,
    IReadOnlyList<CheckRowView> Rows,
    NotFoundInstitutionView? Institution,
    IReadOnlyList<FieldRowView> Fields,
    VerifyFormView Form,
    int StatusCode,
    string? CertificateUrl)
{
    /// <summary>The message shown in place of a verdict, or null on an answer.</summary>
    public string? Prompt { get; init; }

    /// <summary>"反映问题" under a verdict that is not genuine; null under a genuine one, a prompt, or with no centre to report to.</summary>
    public ReportView? Report { get; init; }

    /// <summary>Every page of the service answers one person's question: none is for search engines (meta robots).</summary>
    public bool Noindex => true;
}
