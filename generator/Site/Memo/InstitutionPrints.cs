namespace SkillCert.Generator.Site.Memo;

/// <summary>
/// What the plan reads of one institution, as fingerprints: <see cref="Inputs"/> (everything shown of it anywhere) and,
/// made from it, its list card's and its events', with the source of its search terms as text (<see cref="Search.TermSource"/>).
/// While its inputs stay the same, so do the other three.
/// </summary>
public sealed record InstitutionPrints(string Inputs, string Card, string Terms, string Events);
