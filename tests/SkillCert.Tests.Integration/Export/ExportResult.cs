namespace SkillCert.Tests.Integration.Export;

/// What an export run printed and returned.
internal sealed record ExportResult(int ExitCode, string Stdout, string Stderr, string DbPath)
{
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
