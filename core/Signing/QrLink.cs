using System.Globalization;
using System.Text;

namespace SkillCert.Core.Signing;

/// <summary>
/// The URL a certificate's QR code carries. The compact form puts every claim in the path, in upper case:
/// <c>HTTPS://VERIFY.EXAMPLE/C/{number}/{level}/{yyyyMMdd}/{key id}/{name, %-encoded}/{signature, base32}</c>.
/// Every character is in the QR alphanumeric set, which keeps a three-character name within QR version 10 at
/// error correction Q. The readable query form <c>…/c/{number}?n=&amp;l=&amp;d=&amp;k=&amp;s=</c> (base64url
/// signature) is accepted too.
/// </summary>
public static class QrLink
{
    /// <summary>The compact, upper-case URL for signed claims under a verify URL that ends in a slash.</summary>
    public static string Build(Uri verifyUrl, SignedClaims signed)
    {
        var c = signed.Claims;
        var url = string.Create(CultureInfo.InvariantCulture,
            $"{verifyUrl.AbsoluteUri}C/{c.Number}/{c.Level}/{c.IssuedOn:yyyyMMdd}/{signed.KeyId}/{EncodeName(c.Name)}/{Base32.Encode(signed.Signature)}");
        return url.ToUpperInvariant();
    }

    /// <summary>The readable form with query parameters, for people and documentation.</summary>
    public static string BuildReadable(Uri verifyUrl, SignedClaims signed)
    {
        var c = signed.Claims;
        return string.Create(CultureInfo.InvariantCulture,
            $"{verifyUrl.AbsoluteUri}c/{c.Number}?n={Uri.EscapeDataString(c.Name)}&l={c.Level}&d={c.IssuedOn:yyyy-MM-dd}&k={signed.KeyId}&s={System.Buffers.Text.Base64Url.EncodeToString(signed.Signature)}");
    }

    /// <summary>Reads signed claims from either form of URL (or just its path and query); never throws.</summary>
    public static SignedClaims? TryParse(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 2048) return null;
        try
        {
            // Only an http(s) link counts as absolute: on Unix "/c/…" would otherwise read as a file URI.
            var pathAndQuery = url.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(url, UriKind.Absolute, out var abs)
                && (abs.Scheme == Uri.UriSchemeHttps || abs.Scheme == Uri.UriSchemeHttp) ? abs.PathAndQuery : url;
            var q = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
            var path = q >= 0 ? pathAndQuery[..q] : pathAndQuery;
            var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var c = Array.FindLastIndex(segments, s => s.Equals("c", StringComparison.OrdinalIgnoreCase));
            if (c < 0 || c + 1 >= segments.Length) return null;
            var number = segments[c + 1].ToUpperInvariant();
            var rest = segments[(c + 2)..];
            return rest.Length == 5
                ? FromSegments(number, rest)
                : q >= 0 ? FromQuery(number, pathAndQuery[(q + 1)..]) : null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or UriFormatException)
        {
            return null;
        }
    }

    /// <summary>Reads claims from the query of a <c>/c/{number}</c> request, in either form's parameter names.</summary>
    public static SignedClaims? FromQuery(string number, string query)
    {
        var p = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0) p[pair[..eq]] = Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
        }
        if (!p.TryGetValue("n", out var name) || !p.TryGetValue("l", out var level) || !p.TryGetValue("d", out var date)
            || !p.TryGetValue("k", out var key) || !p.TryGetValue("s", out var sig)) return null;
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var issued)) return null;
        if (!int.TryParse(level, NumberStyles.None, CultureInfo.InvariantCulture, out var lv)) return null;
        byte[] signature;
        try
        {
            signature = System.Buffers.Text.Base64Url.DecodeFromChars(sig);
        }
        catch (FormatException)
        {
            return null;
        }
        return new SignedClaims(new QrClaims(number, name, lv, issued), key.ToLowerInvariant(), signature);
    }

    private static SignedClaims? FromSegments(string number, string[] s)
    {
        if (!int.TryParse(s[0], NumberStyles.None, CultureInfo.InvariantCulture, out var level)) return null;
        if (!DateOnly.TryParseExact(s[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var issued)) return null;
        var signature = Base32.TryDecode(s[4]);
        if (signature is null) return null;
        var name = Uri.UnescapeDataString(s[3]);
        return new SignedClaims(new QrClaims(number, name, level, issued), s[2].ToLowerInvariant(), signature);
    }

    /// <summary>Percent-encodes every byte of the UTF-8 name except A–Z and 0–9, so the result is upper case.</summary>
    private static string EncodeName(string name)
    {
        var sb = new StringBuilder(name.Length * 9);
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9') sb.Append((char)b);
            else sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
