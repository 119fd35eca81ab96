namespace SkillCert.VerifyApi.Configuration;

/// <summary>
/// Budgets on who asks (requests per client address per minute, with a bounded number of client partitions) and on
/// what is guessed (wrong names per certificate, failed lookups per name and per region, each per day).
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The most a budget on guesses may be: its counters are single bytes.</summary>
    public const int MaxDailyCap = 255;

    public int PermitsPerMinute { get; set; } = 120;

    public int LookupPermitsPerMinute { get; set; } = 10;

    /// <summary>Wrong names a certificate takes in a day, from all clients together, before its name check is refused until the next day.</summary>
    public int WrongNamesPerCertificate { get; set; } = 5;

    /// <summary>Lookups with one holder name that may find nothing in a day before lookups with that name pause until the next day.</summary>
    public int FailedLookupsPerName { get; set; } = 10;

    /// <summary>Lookups with ID numbers of one region code (the first six digits) that may find nothing in a day before they pause.</summary>
    public int FailedLookupsPerRegion { get; set; } = 50;

    /// <summary>Client addresses (or IPv6 prefixes) per budget that get a token bucket of their own; later ones share a coarser prefix's.</summary>
    public int ClientPartitions { get; set; } = 10_000;

    /// <summary>Coarser prefixes (IPv4 /16, IPv6 /32) per budget that get a bucket of their own; beyond them, one bucket is shared.</summary>
    public int CoarsePartitions { get; set; } = 1_000;
}
