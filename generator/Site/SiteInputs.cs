using SkillCert.Core.Catalogue;
using SkillCert.Core.Occupations;

namespace SkillCert.Generator.Site;

/// <summary>What every institution page shows besides its institution: the site, its settings, the occupation names, the export's date.</summary>
public sealed record SiteInputs(SiteView Site, SiteSettings Settings, IReadOnlyList<Occupation> Occupations, string? ExportedAt);
