namespace SkillCert.Core.Verification;

/// <summary>The stable lower-case names of the verdicts, as JSON, page styles and tests spell them.</summary>
public static class VerdictSlugs
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Malformed => "malformed",
        Verdict.NotFound => "not-found",
        Verdict.Tampered => "tampered",
        Verdict.Revoked => "revoked",
        Verdict.NameMismatch => "name-mismatch",
        Verdict.Inconsistent => "inconsistent",
        Verdict.Unconfirmed => "unconfirmed",
        Verdict.Genuine => "genuine",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    public static string Of(NameCheck check) => check switch
    {
        NameCheck.NotGiven => "not-given",
        NameCheck.Matches => "matches",
        NameCheck.Differs => "differs",
        NameCheck.Refused => "refused",
        _ => throw new ArgumentOutOfRangeException(nameof(check), check, null),
    };

    // The three below are the enums' names in lower case, spelt out: Enum.ToString().ToLowerInvariant() was thirteen
    // allocations in every certificate answer (tests/SkillCert.Benchmarks, micro CertificateAnswerBenchmark).
    public static string Of(CheckVerdict verdict) => verdict switch
    {
        CheckVerdict.Pass => "pass",
        CheckVerdict.Fail => "fail",
        CheckVerdict.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    public static string Of(CheckKind kind) => kind switch
    {
        CheckKind.Structure => "structure",
        CheckKind.Institution => "institution",
        CheckKind.Active => "active",
        CheckKind.Scope => "scope",
        CheckKind.Year => "year",
        CheckKind.Level => "level",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid => "valid",
        CertificateStatus.Revoked => "revoked",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Every verdict's name in order of precedence, for documents that list them.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<Verdict>().Select(Of).ToArray();
}
