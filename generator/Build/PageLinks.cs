namespace SkillCert.Generator.Build;

/// <summary>The internal links (site file path, then '#' and a fragment when there is one) and the ids of one HTML page.</summary>
public sealed record PageLinks(IReadOnlyList<LinkAt> Links, IReadOnlyList<string> Ids, IReadOnlyList<LinkAt> DuplicateIds)
{
    public static PageLinks None { get; } = new([], [], []);
}
