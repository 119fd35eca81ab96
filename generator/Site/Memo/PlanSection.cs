namespace SkillCert.Generator.Site.Memo;

/// <summary>
/// A part of the plan that is made whole or not at all (the lists, the changes): the fingerprint of all it is made of,
/// and its files' paths, each marked when it is a page; the build cache holds the files' own fingerprints.
/// </summary>
public sealed record PlanSection(string Key, IReadOnlyList<(string Path, bool Html)> Paths);
