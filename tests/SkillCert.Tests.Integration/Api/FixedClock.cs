namespace SkillCert.Tests.Integration.Api;

/// <summary>A clock stopped at one instant, in UTC, so "today" is the same on every machine.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
