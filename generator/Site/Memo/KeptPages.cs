using SkillCert.Generator.Build;

namespace SkillCert.Generator.Site.Memo;

/// <summary>
/// A section of the plan (the lists, the changes) laid out as in the last build: the same files, each holding the same
/// institutions in the same order. Only the files that hold an <see cref="Edited"/> institution, one whose print for the
/// section changed, are planned again; the others keep the last build's fingerprints and are made only if they must be
/// rendered after all (incremental.sh: planning every list and changes page after a name edit cost 0.2 s of CPU).
/// </summary>
public sealed class KeptPages
{
    private readonly PreviousOutputs _previous;
    private readonly PlanSection _kept;
    private readonly bool[] _edited;

    private KeptPages(PreviousOutputs previous, PlanSection kept, bool[] edited, IReadOnlyList<int> list)
    {
        _previous = previous;
        _kept = kept;
        _edited = edited;
        Edited = list;
    }

    /// <summary>The places in the catalogue of the institutions whose print for the section changed.</summary>
    public IReadOnlyList<int> Edited { get; }

    /// <summary>
    /// The section <paramref name="section"/> of the <paramref name="previous"/> build when it was laid out by
    /// <paramref name="layout"/>, is published whole, and the catalogue holds the same institutions; null when not, or
    /// when an edited institution's <paramref name="placed"/> print (what decides the files that hold it) changed too.
    /// </summary>
    public static KeptPages? Of(PreviousOutputs? previous, string section, string layout, InstitutionOutputs institutions,
        Func<InstitutionPrints, string> shown, Func<InstitutionPrints, string>? placed = null)
    {
        if (previous?.Memo?.Section(section, layout) is not { } kept || institutions.Last is not { } last
            || !kept.Paths.All(p => previous.Entries.ContainsKey(p.Path)))
            return null;
        var edited = new bool[last.Count];
        var list = new List<int>();
        for (var n = 0; n < edited.Length; n++)
        {
            var now = institutions.Prints[n];
            // Prints reused whole are the same objects, so most comparisons end at the reference.
            if (ReferenceEquals(now, last[n]) || shown(now) == shown(last[n])) continue;
            if (placed is not null && placed(now) != placed(last[n])) return null;
            edited[n] = true;
            list.Add(n);
        }
        return new KeptPages(previous, kept, edited, list);
    }

    /// <summary>The file at <paramref name="path"/> that shows the institutions <paramref name="members"/> (by their place in the catalogue).</summary>
    public PlannedOutput Plan(string path, bool html, IEnumerable<int> members, Func<PlannedOutput> make) =>
        members.Any(n => _edited[n]) || !_previous.Entries.TryGetValue(path, out var entry) ? make() : Kept(path, html, entry.Fingerprint, make);

    /// <summary>
    /// The section's files: <paramref name="planned"/>, then every other file of the last build's section with its
    /// fingerprint, made by <paramref name="whole"/> (the section planned whole) only if one must be rendered after all.
    /// </summary>
    public IEnumerable<PlannedOutput> With(IReadOnlyList<PlannedOutput> planned, Func<IEnumerable<PlannedOutput>> whole)
    {
        var made = new Lazy<Dictionary<string, PlannedOutput>>(() => whole().ToDictionary(o => o.Path, StringComparer.Ordinal));
        var paths = planned.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        return planned.Concat(_kept.Paths.Where(p => !paths.Contains(p.Path))
            .Select(p => Kept(p.Path, p.Html, _previous.Entries[p.Path].Fingerprint, () => made.Value[p.Path])));
    }

    private static PlannedOutput Kept(string path, bool html, string fingerprint, Func<PlannedOutput> make) =>
        new(path, fingerprint, html ? () => make().RenderHtml!() : null, html ? null : () => make().RenderData!());
}
