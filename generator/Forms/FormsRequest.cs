using SkillCert.Generator.Certificates;

namespace SkillCert.Generator.Forms;

/// <summary>The options of one <c>skillcert forms</c> run.</summary>
public sealed record FormsRequest(string Rosters, string Export, string Out, CertificateFormat Format, string Content, string Templates, DateOnly AsOf);
