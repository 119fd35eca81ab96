using System.Buffers;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;

namespace SkillCert.Generator.Site;

/// <summary>
/// The fingerprint of a page: a 128-bit XXH3 hash of its template set and of its model as JSON. A page's model
/// is exactly what it shows, so two builds render a page anew only when something it shows has changed. The
/// hash only has to tell builds of one site apart, not resist an attacker, so a fast one is the right one.
/// </summary>
public static class PageFingerprint
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public static string Of(string template, string templatesHash, object model)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        Encoding.UTF8.GetBytes(template + "\n" + templatesHash + "\n", buffer);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonSerializer.Serialize(writer, model, model.GetType(), Options);
        }
        return OfBytes(buffer.WrittenSpan);
    }

    public static string OfBytes(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(XxHash128.Hash(data));
}
