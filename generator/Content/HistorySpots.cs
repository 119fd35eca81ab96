using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Content;

/// <summary>
/// Where an institution file writes its history: the <c>name:</c>, <c>occupations:</c> and <c>events:</c> keys, and each
/// event in the order of <see cref="Core.Institutions.Institution.Events"/>.
/// </summary>
public sealed record HistorySpots(SourceSpot Name, SourceSpot Occupations, SourceSpot Events, IReadOnlyList<SourceSpot> EachEvent);
