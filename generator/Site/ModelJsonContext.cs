using System.Text.Json.Serialization;
using SkillCert.Generator.Site.Pages;

namespace SkillCert.Generator.Site;

/// <summary>
/// Compiled JSON for the page models that fingerprints are made of. Reflection-based JSON would build and
/// compile its accessors at run time, in every build process, before the first page could be compared. Fingerprints only
/// write JSON, so the context holds the writing code alone and no metadata of each property, which every build process would
/// set up for each model type before its first page (incremental.sh: ~15 ms of CPU an address edit).
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
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
