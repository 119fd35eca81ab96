using SkillCert.Rendering.Templates;
using SkillCert.Rendering.Site;

namespace SkillCert.Rendering.Certificates;

/// <summary>
/// The model of site-templates/certificate.html, for the printed certificate and the service's public view alike.
/// <see cref="Stylesheet"/> is certificate.css's address as seen from the page; <see cref="Qr"/> is the inline SVG of
/// the signed link, or empty when the view may not show it. <see cref="PublicView"/> marks the service's page as a
/// query page, not a certificate, with an optional <see cref="Notice"/> (why the name is masked) and, for a revoked
/// certificate, its <see cref="Revocation"/>, a link to the full verification result (<see cref="ResultUrl"/>), and the
/// <see cref="Verdict"/> shown above the certificate, first, as on the result page.
/// </summary>
public sealed record CertificatePage(
    CertificateFace Certificate,
    string Stylesheet,
    RawHtml Qr,
    string? CertificateQueryUrl,
    string? InstitutionQueryUrl,
    bool PublicView = false,
    string? Notice = null,
    RevocationView? Revocation = null,
    string? ResultUrl = null,
    VerdictView? Verdict = null)
{
    public const string TemplateName = "certificate.html";

    /// <summary>The stylesheet's path inside the templates' assets folder, and in a folder of rendered certificates.</summary>
    public const string StylesheetAsset = "assets/certificate.css";

    /// <summary>The verdict's styles, shared with the result pages; only the service's public view links them.</summary>
    public const string VerdictStylesheetAsset = "assets/verdict.css";

    public string VerdictStylesheet => VerdictStylesheetAsset;

    /// <summary>The document's name: the page's title before the number, and the printed PDF's too.</summary>
    public const string DocumentTitle = "职业技能等级证书";

    public string Title => DocumentTitle;

    public bool HasQr => Qr.Html.Length > 0;
}
