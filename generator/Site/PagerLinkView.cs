namespace SkillCert.Generator.Site;

/// <summary>One entry of a pager: a page number with its address, or a gap ("…") when <see cref="Url"/> is null.</summary>
public sealed record PagerLinkView(string Label, string? Url, bool Current);
