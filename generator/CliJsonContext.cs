using System.Text.Json;
using System.Text.Json.Serialization;
using SkillCert.Core.Numbers;
using SkillCert.Core.Signing;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Preview;

namespace SkillCert.Generator;

/// <summary>The types the command line reads and prints as JSON, compiled so that a natively published skillcert needs no reflection.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(NumberReport))]
[JsonSerializable(typeof(KeySetDocument))]
[JsonSerializable(typeof(DiagnosticJson))]
[JsonSerializable(typeof(PreviewStateJson))]
[JsonSerializable(typeof(SortedDictionary<string, int>))]
[JsonSerializable(typeof(Dictionary<string, int>))]
public sealed partial class CliJsonContext : JsonSerializerContext;
