namespace SkillCert.Generator.Build;

/// <summary>A link target (or an id) and where on its page it stands: the 1-based line and column of the element.</summary>
// A struct: ten thousand pages hold a quarter of a million of them until the link check (site-vs-hugo.sh: less peak memory).
public readonly record struct LinkAt(string Target, string Written, int Line, int Column);
