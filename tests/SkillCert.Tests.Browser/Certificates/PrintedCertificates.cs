using Microsoft.Playwright;
using SkillCert.Core.Signing;
using SkillCert.Generator.Certificates;
using SkillCert.Generator.Export;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Certificates;

/// The demo's sample rosters rendered to printable certificates, with the live site's export and keys, once per run,
/// for the certificate tests; the browser and the served site are the shared ones of the browser collection.
public sealed class PrintedCertificates
{
    private static readonly Lock Gate = new();
    private static PrintedCertificates? _rendered;

    private readonly LiveSite _site;
    private readonly Chromium _chromium;

    private PrintedCertificates(LiveSite site, Chromium chromium)
    {
        _site = site;
        _chromium = chromium;
        Work = Directory.CreateDirectory(Path.Combine(site.Folder, "printed-work")).FullName;
    }

    /// The certificates of this run's live site, rendered on first use.
    public static PrintedCertificates For(LiveSite site, Chromium chromium)
    {
        lock (Gate)
        {
            if (_rendered is { } done && ReferenceEquals(done._site, site)) return done;
            var printed = new PrintedCertificates(site, chromium);
            var (code, stderr) = printed.Render(printed.OutDir, CertificateFormat.Html).GetAwaiter().GetResult();
            Assert.True(code == 0, stderr);
            return _rendered = printed;
        }
    }

    public static DateOnly AsOf => LiveSite.AsOf;

    public string Work { get; }

    public string Export => _site.Demo.Export;

    public string SigningKey => _site.Demo.SigningKey;

    public string OutDir => Path.Combine(Work, "printed");

    public IBrowser Browser => _chromium.Browser;

    public IReadOnlyList<PublishedKey> Keys => PreviousExport.Open(Export).Keys;

    /// Runs `skillcert certificates` over the samples, in this process.
    public async Task<(int Code, string Stderr)> Render(string outDir, CertificateFormat format, params string[] numbers)
    {
        var repo = LiveSite.Repository;
        var error = new StringWriter();
        var code = await CertificatesRun.ExecuteAsync(new CertificatesRequest(repo.Rosters, Export, SigningKey, _site.Demo.IdKey, outDir, format,
            numbers, repo.Content, repo.Templates, AsOf), TextWriter.Null, error);
        return (code, error.ToString());
    }

    /// The rendered certificates' files, by number.
    public IReadOnlyList<string> Numbers() =>
        Directory.EnumerateFiles(OutDir, "*.html").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();

    public string PageUrl(string number) => new Uri(Path.Combine(OutDir, number + ".html")).AbsoluteUri;

    /// The site built from the content and the export, served with the export by the verification service.
    public Uri Serve() => _site.BaseAddress;
}
