namespace SkillCert.Tests.Unit.Privacy;

/// <summary>A clock that stands where the test puts it, in a chosen time zone, so that a local day can be made to end.</summary>
public sealed class SettableClock(DateTimeOffset now, TimeSpan utcOffset) : TimeProvider
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.CreateCustomTimeZone("test", utcOffset, "test", "test");

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => _zone;
}
