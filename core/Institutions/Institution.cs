namespace SkillCert.Core.Institutions;

/// <summary>A filed evaluation institution (评价机构) as the catalogue records it, with its history of events.</summary>
public sealed record Institution
{
    public required string Seq { get; init; }

    /// <summary>Y for an employer, S for a third-party evaluator.</summary>
    public char Category { get; init; } = 'Y';

    public string Route { get; init; } = "0000";

    /// <summary>The registered name as first filed; renamed events change it from their day (see <see cref="NameOn"/>).</summary>
    public required string Name { get; init; }

    public required string CreditCode { get; init; }

    public string County { get; init; } = "";

    public string? Address { get; init; }

    public string? LegalRepresentative { get; init; }

    public string? Industry { get; init; }

    public string? Size { get; init; }

    public string? Ownership { get; init; }

    public Contact? Contact { get; init; }

    public required DateOnly FiledOn { get; init; }

    /// <summary>The end of the first filing period; three years less a day after filing when not given.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>The scope as first filed; scope_changed events may replace it later.</summary>
    public IReadOnlyList<ScopeEntry> Occupations { get; init; } = [];

    /// <summary>The history, oldest first.</summary>
    public IReadOnlyList<FilingEvent> Events { get; init; } = [];

    /// <summary>The filing period's length when neither the content nor an event says otherwise.</summary>
    public const int FilingYears = 3;

    /// <summary>The standing on a day. With activity from an export, the two-year inactivity rule applies too.</summary>
    public FilingStatus StatusOn(DateOnly day, CertificateActivity? activity = null) =>
        FilingStatusRules.Evaluate(this, day, activity);

    /// <summary>The kind of <see cref="StatusOn"/>'s status without an export, and its filing's end, without the cause's words.</summary>
    public (StatusKind Kind, DateOnly ValidUntil) KindOn(DateOnly day) => FilingStatusRules.KindOn(this, day);

    /// <summary>The scope in force on a day: the last scope_changed event's list, or the filed one.</summary>
    public IReadOnlyList<ScopeEntry> ScopeOn(DateOnly day)
    {
        var scope = Occupations;
        foreach (var e in Events)
        {
            if (e.On <= day && e.Type == FilingEventType.ScopeChanged && e.Occupations is { } changed) scope = changed;
        }
        return scope;
    }

    /// <summary>
    /// The name in force on a day: the filed <see cref="Name"/> until the first renamed event, then each rename's name from
    /// its day. A certificate shows the name of its issue date; "the current name" is the name on today's date.
    /// </summary>
    public string NameOn(DateOnly day)
    {
        var name = Name;
        foreach (var e in Events)
        {
            if (e.On <= day && e.Type == FilingEventType.Renamed && e.Name is { } renamed) name = renamed;
        }
        return name;
    }

    /// <summary>The name in force just before <paramref name="renamed"/>, one of this institution's events, took effect.</summary>
    public string NameBefore(FilingEvent renamed)
    {
        var name = Name;
        foreach (var e in Events)
        {
            if (ReferenceEquals(e, renamed)) break;
            if (e.Type == FilingEventType.Renamed && e.Name is { } earlier) name = earlier;
        }
        return name;
    }

    /// <summary>True when the scope on that day lets the institution certify this occupation, trade and level.</summary>
    public bool MayCertify(DateOnly day, string occupationCode, string? trade, int level) =>
        ScopeOn(day).Any(s => s.Covers(occupationCode, trade, level));

    /// <summary>The last day of a filing period that starts on <paramref name="start"/> when no end is given.</summary>
    public static DateOnly DefaultValidUntil(DateOnly start) => start.AddYears(FilingYears).AddDays(-1);
}
