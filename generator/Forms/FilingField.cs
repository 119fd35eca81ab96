namespace SkillCert.Generator.Forms;

/// <summary>One labelled box of the filing form; an empty value is a blank the institution fills in by hand.</summary>
public sealed record FilingField(string Label, string Value);
