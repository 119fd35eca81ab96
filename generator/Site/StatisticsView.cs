namespace SkillCert.Generator.Site;

/// <summary>Certificates an institution issued, per year and level, from the export the build was given.</summary>
public sealed record StatisticsView(string ExportedAt, IReadOnlyList<StatisticsRowView> Years, IReadOnlyList<int> LevelTotals, int Total);
