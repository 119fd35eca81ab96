using SkillCert.VerifyApi.Contracts;
using SkillCert.VerifyApi.Guesses;

namespace SkillCert.VerifyApi.Lookups;

/// <summary>
/// The end of one lookup: its kind and what goes with it. An answer with no certificate is the same whether the person
/// is unknown or the name is wrong, so no surface can tell the two apart.
/// </summary>
public sealed record LookupOutcome(LookupOutcomeKind Kind)
{
    /// <summary>Per field, [English, Chinese], for <see cref="LookupOutcomeKind.Invalid"/>.</summary>
    public Dictionary<string, string[]> Errors { get; init; } = [];

    /// <summary>Which budget paused lookups, and how long until they resume, for <see cref="LookupOutcomeKind.Paused"/>.</summary>
    public LookupPause Pause { get; init; }

    public TimeSpan UntilTomorrow { get; init; }

    /// <summary>The holder's certificates, oldest first, each with the name confirmed.</summary>
    public IReadOnlyList<CertificateView> Certificates { get; init; } = [];

    /// <summary>True when the export is invented sample data.</summary>
    public bool Demo { get; init; }
}
