namespace SkillCert.Demo;

/// <summary>
/// A page of the demo worth opening, with the verdict it shows: its certificate number, its path on the service
/// (with a name or a QR code's signed claims when that is what the sample shows) and a line saying what it shows.
/// </summary>
public sealed record DemoSample(string Verdict, string Number, string Path, string Label)
{
    /// <summary>The holder's name when the sample is the number with its holder's right name: what a newcomer may type.</summary>
    public string? HolderName { get; init; }
}
