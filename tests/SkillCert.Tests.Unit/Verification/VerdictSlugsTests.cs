using SkillCert.Core.Verification;

namespace SkillCert.Tests.Unit.Verification;

/// <summary>The slugs spelt out for speed stay the enums' own names in lower case, as the JSON contract has always sent them.</summary>
public class VerdictSlugsTests
{
    [Fact]
    public void Check_verdicts_are_their_names_in_lower_case() =>
        Assert.All(Enum.GetValues<CheckVerdict>(), v => Assert.Equal(v.ToString().ToLowerInvariant(), VerdictSlugs.Of(v)));

    [Fact]
    public void Check_kinds_are_their_names_in_lower_case() =>
        Assert.All(Enum.GetValues<CheckKind>(), k => Assert.Equal(k.ToString().ToLowerInvariant(), VerdictSlugs.Of(k)));

    [Fact]
    public void Certificate_statuses_are_their_names_in_lower_case() =>
        Assert.All(Enum.GetValues<CertificateStatus>(), s => Assert.Equal(s.ToString().ToLowerInvariant(), VerdictSlugs.Of(s)));
}
