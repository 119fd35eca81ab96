using System.Net;

namespace SkillCert.Generator.Content;

/// <summary>
/// Host names that are reserved never to reach a real site (RFC 2606 and 6761: .example, .test, .invalid, localhost)
/// and loopback addresses. Sample content uses them; real content must not, since its addresses are printed.
/// </summary>
public static class PlaceholderHosts
{
    private static readonly string[] ReservedTopLevel = ["example", "test", "invalid", "localhost"];

    /// <summary>Which kind of placeholder a host is ("the reserved .example domain", "localhost"…), or null for a real host.</summary>
    public static string? Describe(string host)
    {
        var name = host.TrimEnd('.').ToLowerInvariant();
        if (IPAddress.TryParse(name.Trim('[', ']'), out var address))
            return IPAddress.IsLoopback(address) ? "a loopback address" : null;
        if (name == "localhost") return "localhost";
        var top = name[(name.LastIndexOf('.') + 1)..];
        return ReservedTopLevel.Contains(top, StringComparer.Ordinal) ? $"the reserved .{top} domain" : null;
    }
}
