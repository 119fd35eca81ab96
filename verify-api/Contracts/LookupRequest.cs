namespace SkillCert.VerifyApi.Contracts;

/// <summary>
/// The body of a lookup: the holder's name and ID number, sent in the body so the number stays out of URLs. Both are
/// required; a missing, null or empty field is refused with a 400 that names it (LookupRules), so neither is nullable.
/// </summary>
public sealed record LookupRequest(string Name, string IdNumber);
