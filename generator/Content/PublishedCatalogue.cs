namespace SkillCert.Generator.Content;

/// <summary>
/// The catalogue as it was last published, which <c>skillcert check</c> compares the content with: where it was read
/// (the site's open data or an export), the day it stood on, and each institution's filing by seq.
/// </summary>
public sealed record PublishedCatalogue(string Source, DateOnly AsOf, IReadOnlyDictionary<string, PublishedFiling> Filings);
