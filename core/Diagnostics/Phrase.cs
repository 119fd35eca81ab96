namespace SkillCert.Core.Diagnostics;

/// <summary>
/// Words in Chinese and in English: a whole message, or the part of one that a caller fills in ("the institution",
/// "机构文件"). Problems carry both so that the administrator reads Chinese and <c>--lang en</c> still has English.
/// </summary>
public sealed record Phrase(string Zh, string En);
