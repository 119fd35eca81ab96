namespace SkillCert.Rendering.Certificates;

/// <summary>A revocation as the public view shows it: the day (X年X月X日) and the reason the institution gave.</summary>
public sealed record RevocationView(string On, string Reason);
