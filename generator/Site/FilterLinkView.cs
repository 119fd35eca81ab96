namespace SkillCert.Generator.Site;

/// <summary>One choice of a static filter; <see cref="Current"/> marks the filter the page shows.</summary>
public sealed record FilterLinkView(string Label, string Url, bool Current);
