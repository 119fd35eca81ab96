using System.Text.Json.Serialization;
using SkillCert.Generator.Site.Pages;

namespace SkillCert.Generator.Site;

/// <summary>
/// Compiled JSON for the page models that fingerprints are made of. Reflection-based JSON would build and
/// compile its accessors at run time, in every build process, before the first page could be compared.
/// </summary>
[JsonSerializable(typeof(HomePage))]
[JsonSerializable(typeof(CataloguePage))]
[JsonSerializable(typeof(InstitutionPage))]
[JsonSerializable(typeof(OccupationsPage))]
[JsonSerializable(typeof(OccupationPage))]
[JsonSerializable(typeof(PolicyPage))]
[JsonSerializable(typeof(PolicyIndexPage))]
[JsonSerializable(typeof(ChangesPage))]
[JsonSerializable(typeof(CodingRulePage))]
[JsonSerializable(typeof(NotFoundPage))]
[JsonSerializable(typeof(ScanPage))]
[JsonSerializable(typeof(LookupPage))]
[JsonSerializable(typeof(PublicityPage))]
[JsonSerializable(typeof(PublicityListPage))]
[JsonSerializable(typeof(SiteInputs))]
[JsonSerializable(typeof(FeedInputs))]
public sealed partial class ModelJsonContext : JsonSerializerContext;
