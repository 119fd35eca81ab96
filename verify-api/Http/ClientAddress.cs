using System.Net;
using System.Net.Sockets;

namespace SkillCert.VerifyApi.Http;

/// <summary>The key that rate limits count by: the client's IPv4 address, or its IPv6 /64, which one subscriber usually holds whole.</summary>
public static class ClientAddress
{
    public static string PartitionKey(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }
}
