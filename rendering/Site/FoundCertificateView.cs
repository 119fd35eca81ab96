namespace SkillCert.Rendering.Site;

/// <summary>
/// One certificate a lookup found, as its row shows it, with its verdict; <see cref="Url"/> is its result page with the
/// holder's name, which the lookup confirmed.
/// </summary>
public sealed record FoundCertificateView(string Number, string Url, string Occupation, string Trade, string Level, string Institution,
    string IssuedOn, string VerdictSlug, string VerdictHeadline);
