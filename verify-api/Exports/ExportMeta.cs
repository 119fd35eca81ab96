namespace SkillCert.VerifyApi.Exports;

/// <summary>What an export says about itself in its <c>meta</c> table.</summary>
public sealed record ExportMeta(string ContentHash, string ExportedAt, int SchemaVersion, long CertificateCount, string? NumberForm);
