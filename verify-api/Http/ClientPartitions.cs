using Microsoft.Extensions.Options;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.VerifyApi.Http;

/// <summary>
/// Chooses the rate-limit partition of each request, and keeps their number bounded whatever addresses arrive. A client
/// gets a bucket of its own while there is room (SkillCert:RateLimit:ClientPartitions per budget); after that, new clients
/// share the bucket of their IPv4 /16 or IPv6 /32 (CoarsePartitions per budget), and beyond those, one bucket per budget.
/// Clients that already had a bucket keep it, so a flood of new addresses slows only newcomers while it lasts.
/// At most 2 × (ClientPartitions + CoarsePartitions + 1) partitions exist at once.
/// </summary>
public sealed class ClientPartitions
{
    /// <summary>Longer than the 70 s a partition outlives its last use, as <see cref="PartitionAdmission"/> needs.</summary>
    public static readonly TimeSpan Generation = TimeSpan.FromMinutes(2);

    public const string Shared = "shared";

    private readonly PartitionAdmission _plain;
    private readonly PartitionAdmission _plainCoarse;
    private readonly PartitionAdmission _strict;
    private readonly PartitionAdmission _strictCoarse;

    public ClientPartitions(IOptions<VerifyOptions> options, TimeProvider clock)
    {
        var limits = options.Value.RateLimit;
        _plain = new PartitionAdmission(limits.ClientPartitions, Generation, clock);
        _plainCoarse = new PartitionAdmission(limits.CoarsePartitions, Generation, clock);
        _strict = new PartitionAdmission(limits.ClientPartitions, Generation, clock);
        _strictCoarse = new PartitionAdmission(limits.CoarsePartitions, Generation, clock);
    }

    public ClientBudget Of(HttpContext http, bool strict)
    {
        if (ClientAddress.Of(http) is not { } address) return new ClientBudget(strict, Shared);
        var (own, coarse) = strict ? (_strict, _strictCoarse) : (_plain, _plainCoarse);
        var key = ClientAddress.Key(address, strict);
        if (own.Admit(key)) return new ClientBudget(strict, key);
        var prefix = ClientAddress.CoarseKey(address);
        return new ClientBudget(strict, coarse.Admit(prefix) ? prefix : Shared);
    }
}
