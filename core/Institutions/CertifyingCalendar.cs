namespace SkillCert.Core.Institutions;

/// <summary>
/// The days on which an institution may issue certificates (its status is 有效 or 即将到期), computed once from its
/// filing and events so that checking a million roster rows asks a sorted list instead of replaying the history for
/// each row. The standing changes only on the filing day, on event days, on the day after a validity period ends and,
/// with certificate activity, on the day a filing period's inactivity withdrawal starts, so the status is evaluated on
/// exactly those days.
/// </summary>
public sealed class CertifyingCalendar
{
    private readonly DateOnly[] _from;
    private readonly bool[] _mayCertify;

    /// <param name="institution">The filing and its events.</param>
    /// <param name="activity">The years with certificates, so that the two-year inactivity rule applies; null leaves it out.</param>
    public CertifyingCalendar(Institution institution, CertificateActivity? activity = null)
    {
        var days = new SortedSet<DateOnly> { institution.FiledOn };
        foreach (var e in institution.Events) days.Add(e.On);
        foreach (var day in days.ToList())
        {
            var validUntil = institution.StatusOn(day).ValidUntil;
            if (validUntil < DateOnly.MaxValue) days.Add(validUntil.AddDays(1));
        }
        if (activity is not null)
        {
            // Each filing (the first and every filed event) starts a period whose idle years are counted afresh.
            days.Add(InactivityWithdrawal.StartsOn(institution.FiledOn, activity));
            foreach (var e in institution.Events)
            {
                if (e.Type == FilingEventType.Filed) days.Add(InactivityWithdrawal.StartsOn(e.On, activity));
            }
        }
        _from = days.ToArray();
        _mayCertify = _from.Select(d => institution.StatusOn(d, activity).MayCertify).ToArray();
    }

    /// <summary>The same answer as <c>Institution.StatusOn(day, activity).MayCertify</c>, found by binary search.</summary>
    public bool MayCertifyOn(DateOnly day)
    {
        var index = Array.BinarySearch(_from, day);
        if (index < 0) index = ~index - 1;
        return index >= 0 && _mayCertify[index];
    }
}
