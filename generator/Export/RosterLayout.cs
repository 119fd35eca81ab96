namespace SkillCert.Generator.Export;

/// <summary>What lies under --rosters: the institutions' folders in seq order and revocations.csv, if there is one.</summary>
public sealed record RosterLayout(IReadOnlyList<InstitutionRosters> Institutions, string? RevocationsPath, string? RevocationsDisplay);
