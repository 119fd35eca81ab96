using SkillCert.Core.Numbers;
using SkillCert.Core.Verification;
using SkillCert.VerifyApi.Contracts;
using SkillCert.VerifyApi.Exports;
using SkillCert.VerifyApi.Http;

namespace SkillCert.VerifyApi.Certificates;

/// <summary>Answers "is this certificate genuine?": decode, look up, check against the filing, and shape the public view.</summary>
public sealed class CertificateQuery(ExportStore store, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Looks up what a person typed; <paramref name="name"/>, when given, is compared with the holder's.</summary>
    public async ValueTask<CertificateAnswer> AskAsync(string? typed, string? name, CancellationToken cancellationToken)
    {
        var today = Today;
        var decoding = CertificateNumber.Decode(typed, today);
        if (!decoding.WellFormed) return new CertificateAnswer(CertificateAnswerKind.Malformed, decoding);

        using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        if (session is null) return new CertificateAnswer(CertificateAnswerKind.Unavailable, decoding);

        var number = decoding.Number!;
        var record = session.FindCertificate(number.Format());
        if (record is null) return new CertificateAnswer(CertificateAnswerKind.NotFound, decoding);

        var givenName = string.IsNullOrEmpty(name) ? null : HolderName.Normalize(name);
        return new CertificateAnswer(CertificateAnswerKind.Found, decoding)
        {
            View = Describe(session, decoding, record, today, givenName),
            Record = record,
            Keys = session.Generation.Keys,
            ETag = EntityTags.For(session.Generation.Version, record.Number, today, givenName),
        };
    }

    /// <summary>The public view of a record, checked against its institution's filing as of its issue date.</summary>
    internal static CertificateView Describe(ExportSession session, NumberDecoding decoding, CertificateRecord record,
        DateOnly today, string? givenName)
    {
        var institution = session.FindInstitution(record.Institution);
        var activity = institution is null ? null : session.ActivityOf(institution.Seq);
        var result = CertificateCheck.Verify(decoding.Number!, record, institution?.Filing, activity);
        var view = CertificateViews.Of(decoding, record, result, institution, activity, today, session.Generation.Version);
        if (givenName is null) return view;
        var matches = HolderName.Matches(givenName, record.HolderName);
        return view with { NameMatches = matches, Name = matches ? record.HolderName : null };
    }
}
