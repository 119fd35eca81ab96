namespace SkillCert.Generator.Certificates;

/// <summary>What <c>skillcert certificates</c> writes: HTML pages with their stylesheet, or one PDF per certificate.</summary>
public enum CertificateFormat
{
    Html,
    Pdf,
}
