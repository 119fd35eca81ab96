namespace SkillCert.Tests.Integration.Forms;

/// What a `skillcert forms` run returned and printed.
internal sealed record FormsResult(int ExitCode, string Stdout, string Stderr);
