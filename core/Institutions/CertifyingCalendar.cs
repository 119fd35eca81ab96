namespace SkillCert.Core.Institutions;

/// <summary>
/// The days on which an institution may issue certificates (its status is 有效 or 即将到期), computed once from its
/// filing and events so that checking a million roster rows asks a sorted list instead of replaying the history for
/// each row. The standing changes only on the filing day, on event days and on the day after a validity period
/// ends, so the status is evaluated on exactly those days.
/// </summary>
public sealed class CertifyingCalendar
{
    private readonly DateOnly[] _from;
    private readonly bool[] _mayCertify;

    public CertifyingCalendar(Institution institution)
    {
        var days = new SortedSet<DateOnly> { institution.FiledOn };
        foreach (var e in institution.Events) days.Add(e.On);
        foreach (var day in days.ToList())
        {
            var validUntil = institution.StatusOn(day).ValidUntil;
            if (validUntil < DateOnly.MaxValue) days.Add(validUntil.AddDays(1));
        }
        _from = days.ToArray();
        _mayCertify = _from.Select(d => institution.StatusOn(d).MayCertify).ToArray();
    }

    /// <summary>The same answer as <c>Institution.StatusOn(day).MayCertify</c>, found by binary search.</summary>
    public bool MayCertifyOn(DateOnly day)
    {
        var index = Array.BinarySearch(_from, day);
        if (index < 0) index = ~index - 1;
        return index >= 0 && _mayCertify[index];
    }
}
