using SkillCert.Core.Batches;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>An objection as a batch file writes it: the objection, where it is, and the rows an upheld one names.</summary>
public sealed record ObjectionEntry(BatchObjection Objection, SourceSpot Spot, IReadOnlyList<BatchRowRef> Rows);
