namespace SkillCert.Generator.Site;

/// <summary>How many institutions have one status, for the home page's figures.</summary>
public sealed record FigureView(string Slug, string Label, int Count, string Url);
