using System.Security.Cryptography;
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
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return $"\"{Convert.ToHexStringLower(hash[..12])}\"";
    }

    /// <summary>True when an If-None-Match header lists this tag (weakly compared, as RFC 9110 asks for GET) or is <c>*</c>.</summary>
    public static bool Matches(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseList(header, out var tags)) return false;
        var mine = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(mine, useStrongComparison: false));
    }
}
