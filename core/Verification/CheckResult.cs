namespace SkillCert.Core.Verification;

/// <summary>One check with its verdict and why, in English and in Chinese for the public pages.</summary>
public sealed record CheckResult(CheckKind Kind, CheckVerdict Verdict, string Message, string MessageZh)
{
    /// <summary>The stable lower-case name used in JSON and on pages: structure, institution, active, scope, year, level.</summary>
    public string Name => VerdictSlugs.Of(Kind);
}
