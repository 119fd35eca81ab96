namespace SkillCert.Generator.Site;

/// <summary>One choice of a filter or a select box.</summary>
public sealed record OptionView(string Value, string Label);
