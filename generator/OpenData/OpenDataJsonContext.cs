using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkillCert.Generator.OpenData;

/// <summary>Compiled JSON for the open data: camelCase names, no reflection at run time.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CatalogueDocument))]
[JsonSerializable(typeof(InstitutionRecord))]
[JsonSerializable(typeof(KeysDocument))]
[JsonSerializable(typeof(CodingRuleDocument))]
public sealed partial class OpenDataJsonContext : JsonSerializerContext;
