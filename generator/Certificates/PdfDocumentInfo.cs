using System.Globalization;
using SkillCert.Core.Levels;

namespace SkillCert.Generator.Certificates;

/// <summary>
/// What the 电子证书's PDF says about itself in its document information, which a reader's "properties" and a file
/// manager show: the title (the page's &lt;title&gt;) and a subject naming the holder, the occupation, the level and the
/// issuer. Never any part of the ID number.
/// </summary>
public sealed record PdfDocumentInfo(string Title, string Subject, string Author)
{
    public static PdfDocumentInfo For(HolderCertificate holder)
    {
        var c = holder.Exported;
        var level = SkillLevel.FromCode(c.Level)?.DisplayName ?? c.Level.ToString(CultureInfo.InvariantCulture);
        var occupation = string.IsNullOrEmpty(c.Trade) ? c.OccupationName : $"{c.OccupationName}（{c.Trade}）";
        return new($"{CertificatePage.DocumentTitle} {holder.Number}",
            $"{c.HolderName}的{CertificatePage.DocumentTitle}：{occupation}，{level}；{holder.InstitutionName}于 {c.IssuedOn:yyyy-MM-dd} 颁发，证书编号 {holder.Number}",
            holder.InstitutionName);
    }
}
