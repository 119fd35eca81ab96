namespace SkillCert.Generator.Export;

/// <summary>The source numbers of a batch's two files, for the row origins of their problems (see <see cref="ExportSources"/>).</summary>
public readonly record struct BatchSources(int Roster, int BatchFile);
