namespace SkillCert.VerifyApi.Contracts;

/// <summary>The body of a lookup: the holder's name and ID number, sent in the body so the number stays out of URLs.</summary>
public sealed record LookupRequest(string? Name, string? IdNumber);
