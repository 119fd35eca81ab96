using SkillCert.Core.Catalogue;

namespace SkillCert.Generator.Content;

/// <summary>Everything read from a content folder: the domain catalogue plus where each institution came from.</summary>
public sealed record LoadedContent(string ContentDir, CatalogueContent Catalogue, IReadOnlyList<LoadedInstitution> Institutions);
