using System.Net.Sockets;
using System.Text;

namespace SkillCert.Tests.Integration.Api;

/// <summary>Requests written byte for byte on a socket, for what HttpClient refuses to send (NUL bytes, broken framing).</summary>
internal static class RawHttp
{
    /// <summary>Sends the request and reads the answer until the server closes the connection or the answer is complete.</summary>
    public static async Task<RawAnswer> SendAsync(Uri server, byte[] request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(request);
        await stream.FlushAsync();
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0) break;
            received.Write(buffer, 0, read);
            if (RawAnswer.Parse(received.ToArray()) is { Complete: true }) break;
        }
        return RawAnswer.Parse(received.ToArray());
    }

    public static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);
}
