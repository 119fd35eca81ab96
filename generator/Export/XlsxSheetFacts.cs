namespace SkillCert.Generator.Export;

/// <summary>What the first worksheet holds that values alone do not show: its name, its formula cells and its merged ranges.</summary>
public sealed record XlsxSheetFacts(string SheetName, IReadOnlyList<XlsxCellRef> Formulas, IReadOnlyList<(XlsxCellRef From, XlsxCellRef To)> Merges);
