using SkillCert.Core.Exports;
using SkillCert.Core.Institutions;
using SkillCert.Core.Numbers;
using SkillCert.Core.Verification;
using SkillCert.VerifyApi.Exports;

namespace SkillCert.VerifyApi.Certificates;

/// <summary>
/// What a certificate query found, as domain types, for the JSON endpoint and the HTML pages alike: each shapes it
/// for its own readers, and neither decides anything again. The record holds the full name and is never sent as it is.
/// </summary>
public sealed record CertificateAnswer(CertificateAnswerKind Kind, NumberDecoding Decoding, CertificateVerdict? Verdict)
{
    /// <summary>The found record's institution, or for a number that was not found, the institution its number names.</summary>
    public ExportedInstitution? Institution { get; init; }

    /// <summary>The batch the found certificate was issued in, with its review and publicity; null when the export does not record it.</summary>
    public BatchRecord? Batch { get; init; }

    /// <summary>The years in which that institution issued certificates, for the two-year inactivity rule.</summary>
    public CertificateActivity? Activity { get; init; }

    /// <summary>The service's today, by which the institution's present standing is shown.</summary>
    public DateOnly Today { get; init; }

    /// <summary>The version of the export that answered.</summary>
    public string? ExportVersion { get; init; }

    /// <summary>The ETag of a found answer.</summary>
    public string? ETag { get; init; }

    /// <summary>The found record; null unless <see cref="Kind"/> is Found.</summary>
    public CertificateRecord? Record => Verdict?.Record;

    /// <summary>The institution's standing on the certificate's issue date, and today.</summary>
    public FilingStatus? StatusOnIssue => Record is { } r && Institution is { } i ? i.Filing.StatusOn(r.IssuedOn, Activity) : null;

    public FilingStatus? StatusToday => Institution?.Filing.StatusOn(Today, Activity);

    /// <summary>The institution's name on the issue date, as the certificate printed it (today's name for an answer with no record).</summary>
    public string? InstitutionNameOnIssue => Institution?.Filing.NameOn(Record?.IssuedOn ?? Today);

    /// <summary>The institution's name today, when it was renamed after the issue date; otherwise null.</summary>
    public string? InstitutionRenamedTo =>
        Institution?.Filing.NameOn(Today) is { } now && now != InstitutionNameOnIssue ? now : null;
}
