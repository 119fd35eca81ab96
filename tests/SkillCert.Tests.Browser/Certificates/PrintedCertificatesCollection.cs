namespace SkillCert.Tests.Browser.Certificates;

/// The certificate tests share one export, one rendering and one Chromium.
[CollectionDefinition(Name)]
public sealed class PrintedCertificatesCollection : ICollectionFixture<PrintedCertificates>
{
    public const string Name = "printed certificates";
}
