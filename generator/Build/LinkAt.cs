namespace SkillCert.Generator.Build;

/// <summary>A link target (or an id) and where on its page it stands: the 1-based line and column of the element.</summary>
public sealed record LinkAt(string Target, string Written, int Line, int Column);
