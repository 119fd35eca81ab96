using SkillCert.Core.Batches;
using SkillCert.Core.Exports;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// A batch's <c>&lt;batch&gt;.yml</c> as read: the 附件3 totals, the lifecycle, the objections with the rows they name,
/// the reissues, and where each key is written (<see cref="SpotOf"/>: the file alone for a key it lacks).
/// </summary>
public sealed record BatchFile(string Display, BatchTotals Totals, BatchLifecycle Lifecycle, IReadOnlyList<ObjectionEntry> Objections,
    IReadOnlyList<ReissueEntry> Reissues, Func<string, SourceSpot> SpotOf)
{
    /// <summary>A batch without a <c>&lt;batch&gt;.yml</c>: no totals, no lifecycle.</summary>
    public static BatchFile None(string display) =>
        new(display, new BatchTotals(null, null, null, null), BatchLifecycle.None, [], [], _ => SourceSpot.OfFile(display));
}
