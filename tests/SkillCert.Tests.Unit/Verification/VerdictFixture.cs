using SkillCert.Core.Verification;

namespace SkillCert.Tests.Unit.Verification;

/// A record and the findings a verdict is decided from, built to order.
internal static class VerdictFixture
{
    public static CertificateRecord Record(CertificateStatus status = CertificateStatus.Valid) =>
        new("Y000014000001223000001", "000001", "6-18-01-01", "车工", "数控车工", 3, new DateOnly(2022, 5, 10), status,
            status == CertificateStatus.Revoked ? new DateOnly(2023, 1, 1) : null,
            status == CertificateStatus.Revoked ? "以欺骗手段取得" : null,
            "张三明", "张*明", "居民身份证", "140902********1234");

    /// <summary>The six rule checks, each passing unless named in <paramref name="failing"/>.</summary>
    public static VerificationResult Checks(CertificateStatus status = CertificateStatus.Valid, params CheckKind[] failing) =>
        new(Enum.GetValues<CheckKind>().Select(k => new CheckResult(k, failing.Contains(k) ? CheckVerdict.Fail : CheckVerdict.Pass,
            $"{k} message", $"{k} 说明")).ToArray(), status);

    public static ClaimsCheckResult Claims(ClaimsVerdict verdict) => new(verdict, verdict == ClaimsVerdict.Mismatch ? ["name"] : [], "why", "原因");

    public static CertificateVerdict Decide(CertificateStatus status = CertificateStatus.Valid, NameCheck name = NameCheck.NotGiven,
        ClaimsVerdict? claims = null, params CheckKind[] failing) =>
        CertificateVerdict.Decide(Record(status), Checks(status, failing), name, claims is { } c ? Claims(c) : null);
}
