using SkillCert.Core.Numbers;
using SkillCert.Core.Verification;
using SkillCert.VerifyApi.Exports;
using SkillCert.VerifyApi.Guesses;
using SkillCert.VerifyApi.Http;

namespace SkillCert.VerifyApi.Certificates;

/// <summary>
/// Answers "is this certificate genuine?": decode, look up, check against the filing, check the name and the QR
/// claims when given, and decide the one verdict that every surface shows.
/// </summary>
public sealed class CertificateQuery(ExportStore store, TimeProvider clock, GuessBudgets budgets)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>
    /// Looks up what a person typed. <paramref name="name"/>, when given, is compared with the holder's;
    /// <paramref name="claims"/> are a QR code's signed claims, when the question came from one.
    /// </summary>
    public async ValueTask<CertificateAnswer> AskAsync(string? typed, string? name, QrClaimsInput claims, CancellationToken cancellationToken)
    {
        var today = Today;
        var decoding = CertificateNumber.Decode(typed, today);
        if (!decoding.WellFormed) return new CertificateAnswer(CertificateAnswerKind.Malformed, decoding, CertificateVerdict.Malformed) { Today = today };

        using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        if (session is null) return new CertificateAnswer(CertificateAnswerKind.Unavailable, decoding, null) { Today = today };

        var number = decoding.Number!;
        var record = session.FindCertificate(number.Format());
        if (record is null)
        {
            // The number's institution, when the catalogue has it, is where the person should ask next.
            var named = session.FindInstitution(number.Institution);
            return new CertificateAnswer(CertificateAnswerKind.NotFound, decoding, CertificateVerdict.NotFound)
            {
                Institution = named,
                Activity = named is null ? null : session.ActivityOf(named.Seq),
                Today = today,
                ExportVersion = session.Generation.Version,
            };
        }

        var givenName = HolderName.Normalize(name) is { Length: > 0 } normalized ? normalized : null;
        var nameCheck = NameCheckOf(record, givenName);
        var answer = Describe(session, decoding, record, today, nameCheck, claims);
        return answer with { ETag = EntityTags.For(session.Generation.Version, record.Number, today, givenName, nameCheck, claims.Signed) };
    }

    /// <summary>Checks a found record against its institution's filing as of its issue date, and decides the verdict.</summary>
    internal static CertificateAnswer Describe(ExportSession session, NumberDecoding decoding, Core.Verification.CertificateRecord record,
        DateOnly today, NameCheck name, QrClaimsInput claims)
    {
        var institution = session.FindInstitution(record.Institution);
        var activity = institution is null ? null : session.ActivityOf(institution.Seq);
        var checks = CertificateCheck.Verify(decoding.Number!, record, institution?.Filing, activity);
        var claimsCheck = !claims.Present ? null
            : claims.Signed is { } signed ? ClaimsCheck.Check(signed, record, session.Generation.Keys)
            : ClaimsCheck.Unreadable;
        return new CertificateAnswer(CertificateAnswerKind.Found, decoding, CertificateVerdict.Decide(record, checks, name, claimsCheck))
        {
            Institution = institution,
            Activity = activity,
            Batch = session.FindBatch(record),
            Today = today,
            ExportVersion = session.Generation.Version,
        };
    }

    /// <summary>
    /// The name check, within the certificate's daily budget of wrong names: past it, no name is compared until tomorrow,
    /// whoever asks and whatever name they give, and the answer stays <see cref="NameCheck.Refused"/>.
    /// </summary>
    private NameCheck NameCheckOf(Core.Verification.CertificateRecord record, string? givenName) =>
        givenName is null ? NameCheck.NotGiven : budgets.CheckName(record.Number, givenName, record.HolderName);
}
