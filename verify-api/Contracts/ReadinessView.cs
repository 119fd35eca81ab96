using System.Text.Json.Serialization;

namespace SkillCert.VerifyApi.Contracts;

/// <summary>The export in service: its version (content hash), date, schema, size, and any newer file that was refused.</summary>
public sealed record ReadinessView(string ExportVersion, string ExportedAt, int SchemaVersion, long Certificates,
    int Institutions, string LoadedAt, bool Lookups, RefusalView? LastRefusal)
{
    /// <summary>Present, and true, only when the export in service is invented sample data.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Demo { get; init; }
}
