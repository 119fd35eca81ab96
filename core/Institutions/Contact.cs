namespace SkillCert.Core.Institutions;

/// <summary>The institution's contact person for certification matters, as published in the catalogue.</summary>
public sealed record Contact(string? Name, string? Phone, string? Email);
