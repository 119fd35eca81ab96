using SkillCert.Core.Rosters;

namespace SkillCert.Core.Exports;

/// <summary>One line of revocations.csv: a certificate withdrawn on a day, for a reason the public may read.</summary>
public sealed record Revocation(string Number, DateOnly On, string Reason, RowOrigin Origin)
{
    /// <summary>The institution seq the number carries (positions 8–13).</summary>
    public string Institution => Number.Substring(7, 6);
}
