using System.Globalization;
using System.Text;

namespace SkillCert.Tests.Integration.Api;

/// <summary>An HTTP/1.1 answer as it came off the socket: status, headers (names lower-cased) and body, read as UTF-8.</summary>
internal sealed record RawAnswer(int Status, IReadOnlyDictionary<string, string> Headers, string Body, bool Complete)
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();

    public static RawAnswer Parse(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf(HeaderEnd);
        if (end < 0) return new RawAnswer(0, new Dictionary<string, string>(), "", false);
        var lines = Encoding.Latin1.GetString(bytes, 0, end).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim(), StringComparer.Ordinal);
        var body = bytes.AsSpan(end + HeaderEnd.Length);
        if (headers.GetValueOrDefault("transfer-encoding") == "chunked")
        {
            var (content, done) = Unchunk(body);
            return new RawAnswer(status, headers, Encoding.UTF8.GetString(content), done);
        }
        var length = headers.TryGetValue("content-length", out var declared) ? int.Parse(declared, CultureInfo.InvariantCulture) : -1;
        return new RawAnswer(status, headers, Encoding.UTF8.GetString(body), length >= 0 && body.Length >= length);
    }

    private static (byte[] Content, bool Complete) Unchunk(ReadOnlySpan<byte> body)
    {
        var content = new List<byte>();
        while (true)
        {
            var lineEnd = body.IndexOf("\r\n"u8);
            if (lineEnd < 0) return (content.ToArray(), false);
            var size = int.Parse(Encoding.Latin1.GetString(body[..lineEnd]).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0) return (content.ToArray(), true);
            if (body.Length < lineEnd + 2 + size + 2) return (content.ToArray(), false);
            content.AddRange(body.Slice(lineEnd + 2, size).ToArray());
            body = body[(lineEnd + 2 + size + 2)..];
        }
    }
}
