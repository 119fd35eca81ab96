using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkillCert.Generator.OpenData;

/// <summary>
/// Compiled JSON for the open data: camelCase names, no reflection at run time. keys.json is core's
/// <see cref="SkillCert.Core.Signing.KeySetDocument"/>, the document <c>skillcert verify-qr --keys</c> and the scan page read.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CatalogueDocument))]
[JsonSerializable(typeof(InstitutionRecord))]
[JsonSerializable(typeof(SkillCert.Core.Signing.KeySetDocument))]
[JsonSerializable(typeof(CodingRuleDocument))]
public sealed partial class OpenDataJsonContext : JsonSerializerContext;
