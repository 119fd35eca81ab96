using System.Text.Json.Serialization;
using SkillCert.Core.Signing;

namespace SkillCert.Generator.OpenData;

/// <summary>A JSON Web Key with RFC 7517's lower-case member names, as WebCrypto's importKey("jwk", …) expects.</summary>
public sealed record JwkRecord(
    [property: JsonPropertyName("kty")] string Kty,
    [property: JsonPropertyName("crv")] string Crv,
    [property: JsonPropertyName("x")] string X,
    [property: JsonPropertyName("y")] string Y,
    [property: JsonPropertyName("kid")] string Kid,
    [property: JsonPropertyName("alg")] string Alg,
    [property: JsonPropertyName("use")] string Use)
{
    public static JwkRecord From(JsonWebKey key) => new(key.Kty, key.Crv, key.X, key.Y, key.Kid, key.Alg, key.Use);
}
