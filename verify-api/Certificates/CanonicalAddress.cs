using SkillCert.Core.Numbers;

namespace SkillCert.VerifyApi.Certificates;

/// <summary>
/// Where a name check about a number typed in another spelling (lower case, spaces, hyphens, full-width characters) is
/// sent first: to the same address with the number as the export writes it. Behind several replicas the load balancer
/// routes by the number as written, so only one spelling per certificate may reach a name comparison, or each spelling
/// would meet a replica with a fresh count of wrong names.
/// </summary>
public static class CanonicalAddress
{
    /// <summary>The address to redirect to, or null when the number is already written as the export writes it (or is malformed).</summary>
    public static string? For(HttpRequest request, string before, string typed, string after, DateOnly today)
    {
        var decoding = CertificateNumber.Decode(typed, today);
        if (!decoding.WellFormed) return null;
        var canonical = decoding.Number!.Format();
        return string.Equals(typed, canonical, StringComparison.Ordinal)
            ? null
            : before + Uri.EscapeDataString(canonical) + after + request.QueryString.Value;
    }
}
