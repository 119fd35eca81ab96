namespace SkillCert.Core.Numbers;

/// <summary>What is wrong with one field of a certificate number, in English and in Chinese for the public pages.</summary>
public sealed record FieldError(NumberField Field, string Message, string MessageZh);
