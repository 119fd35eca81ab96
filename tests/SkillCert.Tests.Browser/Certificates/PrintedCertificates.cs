using Microsoft.Playwright;
using SkillCert.Core.Identity;
using SkillCert.Core.Signing;
using SkillCert.Generator.Build;
using SkillCert.Generator.Certificates;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Export;

namespace SkillCert.Tests.Browser.Certificates;

/// The repository's real content and sample rosters, exported with fresh keys and rendered to printable certificates
/// in a temporary folder, and one headless Chromium (Debian's, through Playwright) for the tests of this folder.
public sealed class PrintedCertificates : IAsyncLifetime
{
    public static readonly DateOnly AsOf = new(2026, 11, 26);

    private IPlaywright? _playwright;
    private VerifyServer? _server;

    public string Root { get; } = FindRoot();

    public string Work { get; } = Directory.CreateTempSubdirectory("skillcert-printed-").FullName;

    public string Content => Path.Combine(Root, "content");

    public string Rosters => Path.Combine(Content, "samples", "rosters");

    public string Templates => Path.Combine(Root, "site-templates");

    public string Export => Path.Combine(Work, "certificates.db");

    public string SigningKey => Path.Combine(Work, "keys", "signing.pem");

    public string IdKey => Path.Combine(Work, "keys", "id.key");

    public string OutDir => Path.Combine(Work, "printed");

    public IBrowser Browser { get; private set; } = null!;

    public IReadOnlyList<PublishedKey> Keys => PreviousExport.Open(Export).Keys;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SigningKey)!);
        using (var key = Core.Signing.SigningKey.Create()) await File.WriteAllTextAsync(SigningKey, key.ExportPrivateKeyPem());
        await File.WriteAllBytesAsync(IdKey, System.Security.Cryptography.RandomNumberGenerator.GetBytes(IdHasher.KeyLength));
        var error = new StringWriter();
        var exported = ExportRun.Execute(new ExportRequest(Rosters, Content, Export, [SigningKey], IdKey, null, AsOf), TextWriter.Null, error);
        Assert.True(exported == 0, error.ToString());
        var rendered = await Render(OutDir, CertificateFormat.Html);
        Assert.True(rendered.Code == 0, rendered.Stderr);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(ChromiumLaunch.Options());
    }

    /// Runs `skillcert certificates` over the samples, in this process.
    public async Task<(int Code, string Stderr)> Render(string outDir, CertificateFormat format, params string[] numbers)
    {
        var error = new StringWriter();
        var code = await CertificatesRun.ExecuteAsync(new CertificatesRequest(Rosters, Export, SigningKey, IdKey, outDir, format, numbers, Content,
            Templates, AsOf), TextWriter.Null, error);
        return (code, error.ToString());
    }

    /// The rendered certificates' files, by number.
    public IReadOnlyList<string> Numbers() =>
        Directory.EnumerateFiles(OutDir, "*.html").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();

    public string PageUrl(string number) => new Uri(Path.Combine(OutDir, number + ".html")).AbsoluteUri;

    /// The site built from the content and the export, served with the export by the verification service; started once.
    public Uri Serve()
    {
        if (_server is not null) return _server.Address;
        var site = Path.Combine(Work, "site");
        var bag = new DiagnosticBag();
        var build = BuildPipeline.Run(new BuildOptions(Content, Templates, site, AsOf, Export), bag, SilentProgress.Instance);
        Assert.True(build.Succeeded, string.Join("\n", bag.Sorted()) + build.EnvironmentError);
        _server = new VerifyServer(site, Export, Templates);
        return _server.Address;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        Directory.Delete(Work, recursive: true);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SkillCert.sln"))) return dir.FullName;
        throw new InvalidOperationException("SkillCert.sln was not found above " + AppContext.BaseDirectory);
    }
}
