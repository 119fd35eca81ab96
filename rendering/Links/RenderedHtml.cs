namespace SkillCert.Rendering.Links;

/// <summary>A page as a template rendered it, with the links and ids it wrote, in the order they stand in the page.</summary>
public sealed record RenderedHtml(string Template, string Html, IReadOnlyList<RecordedLink> Links);
