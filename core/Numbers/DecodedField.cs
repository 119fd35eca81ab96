namespace SkillCert.Core.Numbers;

/// <summary>The characters found at one field's position and, when they are valid, what they mean.</summary>
public sealed record DecodedField(string Value, string? Meaning);
