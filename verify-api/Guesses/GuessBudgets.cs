using Microsoft.Extensions.Options;
using SkillCert.Core.Privacy;
using SkillCert.Core.Verification;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.VerifyApi.Guesses;

/// <summary>
/// Budgets on what is guessed rather than on who asks: wrong names per certificate, and failed lookups per holder name
/// and per region code, each counted across every client for one local day, in memory fixed at start-up (5.25 MiB in all).
/// They hold however many addresses an attacker has. Each certificate's or name's count lives in the replica that the
/// load balancer routes it to; the README says how.
/// </summary>
public sealed class GuessBudgets
{
    /// <summary>Cells per row for certificate numbers: 4 rows × 2^20 one-byte cells, 4 MiB.</summary>
    public const int CertificateWidth = 1 << 20;

    /// <summary>Cells per row for holder names: 1 MiB.</summary>
    public const int NameWidth = 1 << 18;

    /// <summary>Cells per row for region codes, of which there are at most a million: 256 KiB.</summary>
    public const int RegionWidth = 1 << 16;

    private readonly GuessTally _wrongNames;
    private readonly GuessTally _failedByName;
    private readonly GuessTally _failedByRegion;
    private readonly RateLimitOptions _caps;
    private readonly TimeProvider _clock;

    public GuessBudgets(IOptions<VerifyOptions> options, TimeProvider clock)
    {
        _caps = options.Value.RateLimit;
        _clock = clock;
        _wrongNames = new GuessTally(CertificateWidth, clock);
        _failedByName = new GuessTally(NameWidth, clock);
        _failedByRegion = new GuessTally(RegionWidth, clock);
    }

    /// <summary>
    /// Compares a typed name (normalised) with a certificate's holder, unless the certificate has had its day's wrong
    /// names: then the name is not compared at all, and the right name is refused like any other.
    /// </summary>
    public NameCheck CheckName(string number, string typedName, string holderName)
    {
        if (!_wrongNames.TryTake(number, _caps.WrongNamesPerCertificate, out var ticket)) return NameCheck.Refused;
        if (!HolderName.Matches(typedName, holderName)) return NameCheck.Differs;
        _wrongNames.GiveBack(ticket);
        return NameCheck.Matches;
    }

    /// <summary>
    /// Lets a lookup by this name and ID number go ahead, or says which budget has paused it. The answer depends only on
    /// earlier failures, never on whether this ID number exists. A lookup let through counts as failed until
    /// <see cref="Found"/> gives it back.
    /// </summary>
    public LookupGate EnterLookup(string normalizedName, string normalizedId)
    {
        if (!_failedByName.TryTake(normalizedName, _caps.FailedLookupsPerName, out var name)) return LookupGate.Paused(LookupPause.Name);
        if (RegionOf(normalizedId) is not { } region) return new LookupGate(null, name, default);
        if (_failedByRegion.TryTake(region, _caps.FailedLookupsPerRegion, out var inRegion)) return new LookupGate(null, name, inRegion);
        _failedByName.GiveBack(name);
        return LookupGate.Paused(LookupPause.Region);
    }

    /// <summary>The lookup found the holder's certificates: it was no failed guess.</summary>
    public void Found(in LookupGate gate)
    {
        _failedByName.GiveBack(gate.Name);
        _failedByRegion.GiveBack(gate.Region);
    }

    /// <summary>How long until the local day ends and every count starts again.</summary>
    public TimeSpan UntilTomorrow()
    {
        var now = _clock.GetLocalNow();
        var midnight = new DateTimeOffset(now.Date.AddDays(1), now.Offset);
        return midnight - now;
    }

    /// <summary>The region code of a resident ID number (its first six digits); other documents have none.</summary>
    private static string? RegionOf(string id) => Lookups.LookupRules.LooksLikeResidentId(id) ? id[..6] : null;
}
