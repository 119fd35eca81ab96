using SkillCert.Core.Institutions;
using SkillCert.Core.Signing;

namespace SkillCert.Generator.Export;

/// <summary>What the site build takes from a certificate export: statistics per institution and the public signing keys.</summary>
public sealed record ExportSnapshot(string File, string ExportedAt, IReadOnlyDictionary<string, InstitutionStatistics> Statistics,
    IReadOnlyList<PublishedKey> Keys)
{
    public InstitutionStatistics? For(string seq) => Statistics.GetValueOrDefault(seq);

    /// <summary>The institution's certificate years; none at all still counts, since an export was given.</summary>
    public CertificateActivity ActivityOf(string seq) => For(seq)?.Activity ?? CertificateActivity.None;
}
