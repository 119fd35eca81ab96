namespace SkillCert.Tests.Unit;

/// How many cases each property test draws; the closing notes report the totals.
internal static class PropertyRuns
{
    public const long Many = 100_000;
    public const long Codes = 2_000;
}
