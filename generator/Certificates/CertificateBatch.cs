using SkillCert.Core.Catalogue;
using SkillCert.Core.Signing;

namespace SkillCert.Generator.Certificates;

/// <summary>
/// Renders the printed certificates: each one's claims (number, name, level, issue date) are signed with the
/// export's current key, the signed link to the verification service becomes the QR code, and the page is rendered
/// through site-templates/certificate.html with the full ID number. Pages are rendered and written in parallel.
/// </summary>
public sealed class CertificateBatch(SiteTemplates templates, SiteSettings site, SigningKey key)
{
    /// <summary>The signed QR link of a certificate, in the compact upper-case form.</summary>
    public string Link(HolderCertificate holder)
    {
        var c = holder.Exported;
        var claims = new QrClaims(holder.Number, c.HolderName, c.Level, c.IssuedOn);
        SignedClaims signed;
        // One private key object for every thread: signing takes microseconds, so a lock costs less than a key per thread.
        lock (key) signed = key.Sign(claims);
        return QrLink.Build(site.VerifyUrl, signed);
    }

    public CertificatePage Page(HolderCertificate holder) => new(holder.Face(), CertificatePage.StylesheetAsset,
        new RawHtml(QrCodeImage.Svg(Link(holder))), site.CertificateQueryUrl?.AbsoluteUri, site.InstitutionQueryUrl?.AbsoluteUri);

    /// <summary>Writes <c>{number}.html</c> for every holder into <paramref name="folder"/>; returns the file names.</summary>
    public IReadOnlyList<string> WriteAll(IReadOnlyList<HolderCertificate> holders, string folder)
    {
        var names = new string[holders.Count];
        Parallel.For(0, holders.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var holder = holders[i];
            names[i] = FileName(holder.Number, CertificateFormat.Html);
            File.WriteAllText(Path.Combine(folder, names[i]), templates.Render(CertificatePage.TemplateName, Page(holder)));
        });
        return names;
    }

    /// <summary>A certificate's file is named by its number: <c>Y000014000001213000001.html</c> or <c>.pdf</c>.</summary>
    public static string FileName(string number, CertificateFormat format) =>
        number + (format == CertificateFormat.Pdf ? ".pdf" : ".html");
}
