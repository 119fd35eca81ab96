namespace SkillCert.Generator.Certificates;

/// <summary>
/// The options of one <c>skillcert certificates</c> run, as given on the command line. <see cref="Numbers"/> are the
/// certificates to render, as typed; empty for every certificate of the rosters.
/// </summary>
public sealed record CertificatesRequest(
    string Rosters,
    string Export,
    string SigningKey,
    string IdKey,
    string Out,
    CertificateFormat Format,
    IReadOnlyList<string> Numbers,
    string Content,
    string Templates,
    DateOnly AsOf);
