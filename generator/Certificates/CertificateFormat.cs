namespace SkillCert.Generator.Certificates;

/// <summary>What <c>skillcert certificates</c> writes: HTML pages with their stylesheet, or one PDF per certificate.</summary>
public enum CertificateFormat
{
    // First, so that it is the value of an omitted --format: the help names it in the words a user types ("html"), where
    // a default value would show as the member's name, "Html".
    Html = 0,
    Pdf,
}
