using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SkillCert.VerifyApi.Http;

/// <summary>
/// The keys rate limits count by. An IPv4 address counts whole. An IPv6 client counts by its /64 on the plain budget,
/// which one subscriber usually holds whole, and by its /48 on the strict budget, since one subscriber is often given a
/// /48 and could otherwise walk through 65,536 budgets. A coarser prefix (IPv4 /16, IPv6 /32) takes clients beyond the cap.
/// </summary>
public static class ClientAddress
{
    public const int PlainIPv6Bits = 64;
    public const int StrictIPv6Bits = 48;
    public const int CoarseIPv4Bits = 16;
    public const int CoarseIPv6Bits = 32;

    /// <summary>The connection's client (after any trusted proxy's X-Forwarded-For), an IPv4-mapped IPv6 address as IPv4.</summary>
    public static IPAddress? Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        return address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;
    }

    /// <summary>The client's own key: its IPv4 address, or its IPv6 /48 (strict) or /64 (plain), written with its length.</summary>
    public static string Key(IPAddress address, bool strict) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 ? Prefix(address, strict ? StrictIPv6Bits : PlainIPv6Bits) : address.ToString();

    /// <summary>The coarser key that clients share once the partitions of their own are all taken.</summary>
    public static string CoarseKey(IPAddress address) =>
        Prefix(address, address.AddressFamily == AddressFamily.InterNetworkV6 ? CoarseIPv6Bits : CoarseIPv4Bits);

    private static string Prefix(IPAddress address, int bits)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var length);
        bytes = bytes[..length];
        bytes[(bits / 8)..].Clear();
        return new IPAddress(bytes).ToString() + "/" + bits.ToString(CultureInfo.InvariantCulture);
    }
}
