using SkillCert.Core.Institutions;

namespace SkillCert.Generator.Export;

/// <summary>How many certificates one institution issued, per calendar year and level, according to an export.</summary>
public sealed record InstitutionStatistics(string Seq, IReadOnlyList<YearStatistics> Years)
{
    public int Total => Years.Sum(y => y.Total);

    /// <summary>The years with at least one certificate, for the two-year inactivity rule.</summary>
    public CertificateActivity Activity => new(Years.Where(y => y.Total > 0).Select(y => y.Year).ToHashSet());
}
