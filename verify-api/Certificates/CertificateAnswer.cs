using SkillCert.Core.Numbers;
using SkillCert.Core.Signing;
using SkillCert.Core.Verification;
using SkillCert.VerifyApi.Contracts;

namespace SkillCert.VerifyApi.Certificates;

/// <summary>
/// What a certificate query found, for the JSON endpoint and the HTML pages alike. <see cref="Record"/> and
/// <see cref="Keys"/> are for server-side checks (signed QR claims) and are never sent as they are.
/// </summary>
public sealed record CertificateAnswer(CertificateAnswerKind Kind, NumberDecoding Decoding)
{
    public CertificateView? View { get; init; }

    public CertificateRecord? Record { get; init; }

    /// <summary>The public keys of the export the record came from.</summary>
    public IReadOnlyList<PublishedKey> Keys { get; init; } = [];

    /// <summary>The ETag of a found answer.</summary>
    public string? ETag { get; init; }
}
