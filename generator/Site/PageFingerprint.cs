using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SkillCert.Generator.Site;

/// <summary>
/// The fingerprint of a page: the SHA-256 of its template set and of its model as JSON. A page's model is
/// exactly what it shows, so two builds render a page anew only when something it shows has changed.
/// </summary>
public static class PageFingerprint
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Of(string template, string templatesHash, object model)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(template + "\n" + templatesHash + "\n"));
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(model, model.GetType(), Options));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string OfBytes(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));
}
