namespace SkillCert.Generator.Site;

/// <summary>The model of partials/institution-card.html, rendered once per institution and shown on every list that holds it.</summary>
public sealed record CardModel(InstitutionRowView Card);
