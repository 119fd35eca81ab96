using SkillCert.Core.Exports;

namespace SkillCert.VerifyApi.Exports;

/// <summary>What an export says about itself in its <c>meta</c> table.</summary>
public sealed record ExportMeta(string ContentHash, string ExportedAt, int SchemaVersion, long CertificateCount, string? NumberForm)
{
    /// <summary>The catalogue's identity (title, authority, addresses), for the pages; null in exports made without it.</summary>
    public ExportedSite? Site { get; init; }

    /// <summary>True when the export holds invented sample data: every JSON answer then says <c>"demo": true</c>.</summary>
    public bool Demo { get; init; }
}
