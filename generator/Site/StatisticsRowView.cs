namespace SkillCert.Generator.Site;

/// <summary>One year of an institution's certificates; <see cref="Levels"/> runs from level 5 (五级) to level 1 (一级).</summary>
public sealed record StatisticsRowView(int Year, IReadOnlyList<int> Levels, int Total);
