namespace SkillCert.Generator.OpenData;

/// <summary>A GB/T 2260 province code and its name.</summary>
public sealed record ProvinceRecord(string Code, string Name);
