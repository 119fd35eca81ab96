namespace SkillCert.Generator.OpenData;

/// <summary>data/catalogue.json: the whole catalogue on the build's day. Its shape is a published promise (see the README).</summary>
public sealed record CatalogueDocument(string Schema, string Title, string Authority, string AsOf, string? ExportedAt,
    IReadOnlyDictionary<string, int> Counts, IReadOnlyList<InstitutionRecord> Institutions)
{
    public const string SchemaName = "skillcert-catalogue/1";
}
