using System.Text.Encodings.Web;
using System.Text.Json;

namespace SkillCert.Generator;

/// <summary>The JSON of every machine-readable output: camelCase, Chinese left readable, compiled (no reflection at run time).</summary>
public static class CliJson
{
    public static CliJsonContext Context { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
