using SkillCert.Core.Privacy;

namespace SkillCert.VerifyApi.Guesses;

/// <summary>Whether a lookup may go ahead (<see cref="Pause"/> null) and, if so, the failures it counts until it finds something.</summary>
public readonly struct LookupGate(LookupPause? pause, GuessTicket name, GuessTicket region)
{
    public LookupPause? Pause { get; } = pause;

    public GuessTicket Name { get; } = name;

    public GuessTicket Region { get; } = region;

    public static LookupGate Paused(LookupPause pause) => new(pause, default, default);
}
