using SkillCert.Core.Exports;

namespace SkillCert.VerifyApi.Exports;

/// <summary>What an export says about itself in its <c>meta</c> table.</summary>
public sealed record ExportMeta(string ContentHash, string ExportedAt, int SchemaVersion, long CertificateCount, string? NumberForm)
{
    /// <summary>The catalogue's identity (title, authority, addresses), for the pages; null in exports made without it.</summary>
    public ExportedSite? Site { get; init; }
}
