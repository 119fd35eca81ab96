namespace SkillCert.Generator.Export;

/// <summary>One batch's roster (<c>&lt;seq&gt;/&lt;batch&gt;.csv</c> or <c>.xlsx</c>) with its optional 附件3 totals (<c>&lt;batch&gt;.yml</c>).</summary>
public sealed record RosterFile(string Path, string Display, string Batch, bool IsXlsx, string? TotalsPath, string? TotalsDisplay);
