namespace SkillCert.Generator.OpenData;

/// <summary>A level code and its name, 五级/初级工 … 一级/高级技师.</summary>
public sealed record LevelRecord(int Code, string Name);
