namespace SkillCert.Generator.OpenData;

/// <summary>
/// data/catalogue.json: the whole catalogue on the build's day. Its shape is a published promise (see the README);
/// <see cref="Demo"/> is true when the content is an invented sample, so that no reader takes it for real filings.
/// </summary>
public sealed record CatalogueDocument(string Schema, string Title, string Authority, bool Demo, string AsOf, string? ExportedAt,
    IReadOnlyDictionary<string, int> Counts, IReadOnlyList<InstitutionRecord> Institutions)
{
    public const string SchemaName = "skillcert-catalogue/1";
}
