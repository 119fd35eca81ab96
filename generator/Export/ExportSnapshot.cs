using SkillCert.Core.Exports;
using SkillCert.Core.Institutions;
using SkillCert.Core.Signing;

namespace SkillCert.Generator.Export;

/// <summary>
/// What the site build takes from a certificate export: statistics per institution, the public signing keys, and the
/// lowest number of a certificate still valid (<see cref="SampleNumber"/>, null when there is none), which a demo site's
/// forms offer as an example that finds something, and its batches with their counts (no names), which the publicity
/// notices show (in institution and batch order; none for an export before the batch tables).
/// </summary>
public sealed record ExportSnapshot(string File, string ExportedAt, IReadOnlyDictionary<string, InstitutionStatistics> Statistics,
    IReadOnlyList<PublishedKey> Keys, IReadOnlyList<BatchRecord> Batches, string? SampleNumber = null)
{
    public InstitutionStatistics? For(string seq) => Statistics.GetValueOrDefault(seq);

    /// <summary>The institution's certificate years; none at all still counts, since an export was given.</summary>
    public CertificateActivity ActivityOf(string seq) => For(seq)?.Activity ?? CertificateActivity.None;
}
