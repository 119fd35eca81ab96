namespace SkillCert.Generator.Forms;

/// <summary>A row of 附件1 一, 基本情况: two labelled boxes side by side, as the form lays them out.</summary>
public sealed record FilingFieldRow(FilingField Left, FilingField Right);
