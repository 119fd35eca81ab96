using PdfSharp.Pdf.IO;

namespace SkillCert.Generator.Certificates;

/// <summary>
/// Writes a printed PDF's document information (title, subject, author) with PDFsharp: Chromium's page.pdf takes the
/// title from &lt;title&gt; and offers nothing for the rest. The pages, fonts and structure are kept as Chromium wrote them.
/// </summary>
public static class PdfInfoStamp
{
    public static void Apply(string pdf, PdfDocumentInfo info)
    {
        using var read = new MemoryStream(File.ReadAllBytes(pdf), writable: false);
        using var document = PdfReader.Open(read, PdfDocumentOpenMode.Modify);
        document.Info.Title = info.Title;
        document.Info.Subject = info.Subject;
        document.Info.Author = info.Author;
        document.Save(pdf);
    }
}
