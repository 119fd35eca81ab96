namespace SkillCert.Core.Institutions;

/// <summary>The calendar years in which an institution issued at least one certificate, from an export.</summary>
public sealed record CertificateActivity(IReadOnlySet<int> YearsWithCertificates)
{
    public static CertificateActivity None { get; } = new(new HashSet<int>());
}
