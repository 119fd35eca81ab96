using System.Text.Json.Serialization;

namespace SkillCert.Generator.Content;

/// <summary>Compiled JSON for the parse cache, which every rebuild reads before anything else.</summary>
[JsonSerializable(typeof(ParsedInstitutionsFile))]
public sealed partial class ContentCacheJsonContext : JsonSerializerContext;
