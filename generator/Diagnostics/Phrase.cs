namespace SkillCert.Generator.Diagnostics;

/// <summary>Words in Chinese and in English, for the part of a message that a caller fills in ("the institution", "机构文件").</summary>
public sealed record Phrase(string Zh, string En);
