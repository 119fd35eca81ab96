namespace SkillCert.Core.Exports;

/// <summary>
/// How many people of one batch have one occupation, trade (null for none) and level: on the publicised list
/// (the roster's rows that check), and issued a certificate by this export.
/// </summary>
public sealed record BatchCount(string OccupationCode, string OccupationName, string? Trade, int Level, int Publicised, int Issued);
