namespace SkillCert.Rendering.Site;

/// <summary>A titled internal link.</summary>
public sealed record LinkView(string Title, string Url, string? Summary = null);
