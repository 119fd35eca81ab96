using System.Text.Json;
using System.Text.Json.Serialization;
using SkillCert.Core.Institutions;

namespace SkillCert.Core.Exports;

/// <summary>Compiled JSON for what the export stores as text (filings, the site's settings): no reflection at run time.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Institution))]
[JsonSerializable(typeof(ExportedSite))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;
