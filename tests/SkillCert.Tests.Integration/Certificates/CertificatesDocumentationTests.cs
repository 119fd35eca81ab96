using SkillCert.Generator.Commands;
using SkillCert.Tests.Integration.Build;
using static SkillCert.Tests.Integration.Export.ExportDocumentationTests;

namespace SkillCert.Tests.Integration.Certificates;

/// The certificates command, the QR link and the offline check are written down for their users.
public class CertificatesDocumentationTests
{
    private static readonly string Docs = Integration.Docs.DocsTree.AllDocs;

    [Fact]
    public void Every_option_of_the_certificates_command_is_documented()
    {
        var section = Section("`skillcert certificates`");
        foreach (var option in CertificatesCommand.Create().Options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal)))
            Assert.Contains($"`{option.Name}", section, StringComparison.Ordinal);
    }

    [Fact]
    public void The_QR_link_forms_and_the_offline_check_page_are_documented()
    {
        var section = Section("The QR link");
        Assert.Contains("HTTPS://VERIFY.XINZHOU.EXAMPLE/C/", section, StringComparison.Ordinal);
        Assert.Contains("c/{number}?v=1&n={name}&l={level}&d={yyyy-MM-dd}&k={key id}&s=", section, StringComparison.Ordinal);
        Assert.Contains($"`{Core.Signing.ClaimsEncoding.ContextV1}`", section, StringComparison.Ordinal);
        Assert.Contains("## The offline check page (`/scan/`)", Docs, StringComparison.Ordinal);
    }

    [Fact]
    public void The_benchmark_script_named_in_the_docs_exists()
    {
        Assert.Contains("tests/SkillCert.Benchmarks/certificates.sh", Docs, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "tests", "SkillCert.Benchmarks", "certificates.sh")));
    }
}
