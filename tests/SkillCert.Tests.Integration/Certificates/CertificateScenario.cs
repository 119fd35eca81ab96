using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SkillCert.Core.Signing;
using SkillCert.Generator.Certificates;
using SkillCert.Tests.Integration.Build;
using SkillCert.Tests.Integration.Export;

namespace SkillCert.Tests.Integration.Certificates;

/// An export scenario (content, rosters, keys, export) whose certificates are then rendered, in this process, as
/// `skillcert certificates` renders them, through the repository's own templates.
internal sealed class CertificateScenario : IDisposable
{
    public ExportScenario Export { get; } = new();

    public string OutDir => Path.Combine(Export.Root, "printed");

    public string SigningKey => Export.SigningKey;

    public static DateOnly AsOf => DateOnly.Parse(ExportScenario.AsOf, System.Globalization.CultureInfo.InvariantCulture);

    /// Writes the rosters' export; the test fails when it does not succeed.
    public CertificateScenario Exported(params string[] signingKeys)
    {
        var result = Export.Export(signingKeys);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return this;
    }

    public CertificateResult Render(string? signingKey = null, string? idKey = null, CertificateFormat format = CertificateFormat.Html,
        string? outDir = null, params string[] numbers)
    {
        var request = new CertificatesRequest(Export.Rosters, Export.Out, signingKey ?? SigningKey, idKey ?? Export.IdKey, outDir ?? OutDir,
            format, numbers, Export.Content, RepositoryPaths.SiteTemplates, AsOf);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CertificatesRun.ExecuteAsync(request, output, error).GetAwaiter().GetResult();
        return new CertificateResult(code, output.ToString(), error.ToString());
    }

    public string Html(string number) => File.ReadAllText(Path.Combine(OutDir, number + ".html"));

    public IDocument Page(string number) => new HtmlParser().ParseDocument(Html(number));

    /// The numbers the export gave, in order.
    public List<string> Numbers() => Export.Column("SELECT number FROM certificates ORDER BY number");

    public IReadOnlyList<PublishedKey> Keys() => Export.PublishedKeys();

    public void Dispose() => Export.Dispose();
}
