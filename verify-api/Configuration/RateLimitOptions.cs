namespace SkillCert.VerifyApi.Configuration;

/// <summary>Requests each client address may make per minute; lookups and name checks have their own, stricter budget.</summary>
public sealed class RateLimitOptions
{
    public int PermitsPerMinute { get; set; } = 120;

    public int LookupPermitsPerMinute { get; set; } = 10;
}
