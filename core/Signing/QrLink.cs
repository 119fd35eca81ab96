using System.Globalization;
using System.Text;

namespace SkillCert.Core.Signing;

/// <summary>
/// The URL a certificate's QR code carries, in two forms, each with a version (<see cref="ClaimsEncoding"/>).
/// The compact form puts every claim in the path, in upper case:
/// <c>HTTPS://VERIFY.EXAMPLE/C/{number}/V1/{level}/{yyyyMMdd}/{key id}/{name, %-encoded}/{signature, base32}</c>.
/// Every character is in the QR alphanumeric set, which keeps a three-character name within QR version 10 at error
/// correction Q. The readable query form is <c>…/c/{number}?v=1&amp;n=&amp;l=&amp;d=&amp;k=&amp;s=</c> (base64url
/// signature). A link without the marker (<c>V1</c> segment, <c>v</c> parameter) is version 0, as printed before versions.
/// </summary>
public static class QrLink
{
    /// <summary>The compact, upper-case URL for signed claims under a verify URL that ends in a slash.</summary>
    public static string Build(Uri verifyUrl, SignedClaims signed)
    {
        var c = signed.Claims;
        var marker = signed.Version == ClaimsEncoding.Legacy ? "" : $"{Marker(signed.Version)}/";
        var url = string.Create(CultureInfo.InvariantCulture,
            $"{verifyUrl.AbsoluteUri}C/{c.Number}/{marker}{c.Level}/{c.IssuedOn:yyyyMMdd}/{signed.KeyId}/{EncodeName(c.Name)}/{Base32.Encode(signed.Signature)}");
        return url.ToUpperInvariant();
    }

    /// <summary>The readable form with query parameters, for people and documentation.</summary>
    public static string BuildReadable(Uri verifyUrl, SignedClaims signed)
    {
        var c = signed.Claims;
        var version = signed.Version == ClaimsEncoding.Legacy ? "" : string.Create(CultureInfo.InvariantCulture, $"v={signed.Version}&");
        return string.Create(CultureInfo.InvariantCulture,
            $"{verifyUrl.AbsoluteUri}c/{c.Number}?{version}n={Uri.EscapeDataString(c.Name)}&l={c.Level}&d={c.IssuedOn:yyyy-MM-dd}&k={signed.KeyId}&s={System.Buffers.Text.Base64Url.EncodeToString(signed.Signature)}");
    }

    /// <summary>
    /// Reads signed claims from either form of URL (or just its path and query); never throws. Null when the link
    /// carries no claims, names a version that does not exist, or writes them in a form no encoder writes.
    /// </summary>
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
            return rest.Length switch
            {
                5 => FromSegments(number, ClaimsEncoding.Legacy, rest),
                6 when rest[0].Equals(Marker(ClaimsEncoding.Current), StringComparison.OrdinalIgnoreCase) => FromSegments(number, ClaimsEncoding.Current, rest[1..]),
                _ when q >= 0 => FromQuery(number, pathAndQuery[(q + 1)..]),
                _ => null,
            };
        }
        catch (Exception e) when (e is FormatException or ArgumentException or UriFormatException)
        {
            return null;
        }
    }

    /// <summary>Reads claims from the query of a <c>/c/{number}</c> request, in the readable form's parameter names.</summary>
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
        var version = ClaimsEncoding.Legacy;
        if (p.TryGetValue("v", out var v) && (!TryCanonicalInt(v, out version) || version == ClaimsEncoding.Legacy || !ClaimsEncoding.IsKnown(version))) return null;
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var issued)) return null;
        if (!TryCanonicalInt(level, out var lv)) return null;
        var signature = TryDecodeBase64Url(sig);
        return signature is null ? null : new SignedClaims(new QrClaims(number, name, lv, issued), key.ToLowerInvariant(), signature, version);
    }

    private static SignedClaims? FromSegments(string number, int version, string[] s)
    {
        if (!TryCanonicalInt(s[0], out var level)) return null;
        if (!DateOnly.TryParseExact(s[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var issued)) return null;
        var signature = Base32.TryDecode(s[4]);
        if (signature is null) return null;
        var name = Uri.UnescapeDataString(s[3]);
        return new SignedClaims(new QrClaims(number, name, level, issued), s[2].ToLowerInvariant(), signature, version);
    }

    /// <summary>The version's path segment in the compact form: <c>V1</c>.</summary>
    private static string Marker(int version) => string.Create(CultureInfo.InvariantCulture, $"V{version}");

    /// <summary>Digits exactly as an encoder writes the number: no sign, no leading zero.</summary>
    private static bool TryCanonicalInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)
        && text == value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Base64url as the encoder writes it (no padding, unused trailing bits zero), or null.</summary>
    private static byte[]? TryDecodeBase64Url(string text)
    {
        try
        {
            var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(text);
            return System.Buffers.Text.Base64Url.EncodeToString(bytes) == text ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
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
