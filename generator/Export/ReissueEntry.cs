using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>A <c>reissues:</c> entry of a batch file: the row (by 序号) that replaces the certificate <see cref="Replaces"/>.</summary>
public sealed record ReissueEntry(string Replaces, SourceSpot ReplacesSpot, BatchRowRef Row);
