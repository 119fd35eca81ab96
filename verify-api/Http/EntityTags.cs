using System.IO.Hashing;
using System.Text;
using Microsoft.Net.Http.Headers;
using SkillCert.Core.Verification;

namespace SkillCert.VerifyApi.Http;

/// <summary>
/// ETags for certificate answers. The tag covers everything the answer depends on: the export version, the
/// number, the day (institution statuses are shown as of today), the typed name and the QR signature, so an answer
/// checked against one name or one QR code is never revalidated for another query.
/// </summary>
public static class EntityTags
{
    /// <summary>
    /// The tag of one answer. <paramref name="nameCheck"/> is part of it because the same name gets another answer once the
    /// certificate's wrong names for the day run out. A refused check never looked at the holder's name, so its tag says
    /// nothing about whether the refused name was right.
    /// </summary>
    public static string For(string exportVersion, string number, DateOnly today, string? name, NameCheck nameCheck,
        SkillCert.Core.Signing.SignedClaims? claims = null)
    {
        var signature = claims is null ? "" : Convert.ToBase64String(claims.Signature) + claims.KeyId + claims.Claims;
        var text = $"{exportVersion}|{number}|{today.DayNumber}|{name}|{nameCheck}|{signature}";
        // A tag needs to differ only between the answers one address can give (export, day, name check), none of which the
        // asker chooses, so a fast non-cryptographic hash is enough; SHA-256 through OpenSSL cost 2.5% of the service's CPU
        // in tests/SkillCert.Benchmarks/api-vs-nginx.sh.
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(Encoding.UTF8.GetBytes(text), hash);
        return $"\"{Convert.ToHexStringLower(hash[..12])}\"";
    }

    /// <summary>The tag of the JSON answer: never the HTML page's, since the two are different representations.</summary>
    public static string Json(string answerTag) => Representation(answerTag, "json");

    /// <summary>The tag of the result page: never the JSON answer's.</summary>
    public static string Html(string answerTag) => Representation(answerTag, "html");

    // Weak: the service compresses answers on the fly (br, gzip), and a strong tag would have to differ per content coding.
    private static string Representation(string answerTag, string kind) => $"W/\"{answerTag.Trim('"')}-{kind}\"";

    /// <summary>True when an If-None-Match header lists this tag (weakly compared, as RFC 9110 asks for GET) or is <c>*</c>.</summary>
    public static bool Matches(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseList(header, out var tags)) return false;
        var mine = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(mine, useStrongComparison: false));
    }
}
