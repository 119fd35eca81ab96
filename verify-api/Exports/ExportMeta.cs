namespace SkillCert.VerifyApi.Exports;

/// <summary>
/// What an export says about itself in its <c>meta</c> table. The two query addresses are the ones site.yml gives
/// for printing on certificates (附件6); an export made without them has none.
/// </summary>
public sealed record ExportMeta(string ContentHash, string ExportedAt, int SchemaVersion, long CertificateCount, string? NumberForm,
    string? CertificateQueryUrl = null, string? InstitutionQueryUrl = null);
