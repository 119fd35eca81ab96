using System.Text.Encodings.Web;
using System.Text.Json;

namespace SkillCert.Generator;

/// <summary>The JSON settings of every machine-readable output: camelCase, and Chinese left readable.</summary>
public static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
