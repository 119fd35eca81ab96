namespace SkillCert.VerifyApi.Contracts;

/// <summary>The fields of the site's lookup form, as the browser posts them (application/x-www-form-urlencoded).</summary>
public sealed record LookupFormBody(string Name, string IdNumber);
