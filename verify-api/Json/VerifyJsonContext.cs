using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using SkillCert.Core.Numbers;
using SkillCert.VerifyApi.Contracts;

namespace SkillCert.VerifyApi.Json;

/// <summary>Source-generated serialisation for every JSON shape the service sends or reads: no reflection on the hot path.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CertificateView))]
[JsonSerializable(typeof(LookupView))]
[JsonSerializable(typeof(LookupRequest))]
[JsonSerializable(typeof(ReadinessView))]
[JsonSerializable(typeof(NumberReport))]
public sealed partial class VerifyJsonContext : JsonSerializerContext
{
    /// <summary>Keeps Chinese readable in JSON while still escaping &lt;, &gt;, &amp; and quotes.</summary>
    public static JavaScriptEncoder ReadableEncoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);
}
