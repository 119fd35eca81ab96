namespace SkillCert.Tests.Integration.Certificates;

/// What a certificates run printed and returned.
internal sealed record CertificateResult(int ExitCode, string Stdout, string Stderr);
