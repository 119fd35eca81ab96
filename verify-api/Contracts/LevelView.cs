namespace SkillCert.VerifyApi.Contracts;

/// <summary>The certified level: code 1–5 and its name, for example 3 and 三级/高级工.</summary>
public sealed record LevelView(int Code, string Name);
