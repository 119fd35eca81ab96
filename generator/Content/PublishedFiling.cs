using SkillCert.Core.Institutions;

namespace SkillCert.Generator.Content;

/// <summary>
/// What was published about one institution: the name and scope it was filed with, and its dated events up to the day
/// of publication. <see cref="Scope"/> is null when the source does not tell the filed scope apart from a later one.
/// </summary>
public sealed record PublishedFiling(string Seq, string Name, IReadOnlyList<ScopeEntry>? Scope, IReadOnlyList<FilingEvent> Events);
