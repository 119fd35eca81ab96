namespace SkillCert.Demo;

/// <summary>What the demo build made: the files to serve, and a page worth opening for each verdict.</summary>
public sealed record DemoSite(string Export, string Site, string IdKey, string SigningKey, IReadOnlyList<DemoSample> Samples)
{
    /// <summary>A signing key the demo export publishes as revoked: what a leaked key looks like to verifiers.</summary>
    public string? LeakedSigningKey { get; init; }

    /// <summary>The rosters the demo export was made from: the samples, with the batch in publicity moved to the demo's day.</summary>
    public string? Rosters { get; init; }

    /// <summary>The configuration that points the service at the demo.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("SkillCert:Export", Export),
        new("SkillCert:Site", Site),
        new("SkillCert:IdKey", IdKey),
    ];
}
