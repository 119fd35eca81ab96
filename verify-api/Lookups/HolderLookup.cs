using SkillCert.Core.Identity;
using SkillCert.Core.Numbers;
using SkillCert.Core.Verification;
using SkillCert.VerifyApi.Certificates;
using SkillCert.VerifyApi.Contracts;
using SkillCert.VerifyApi.Exports;
using SkillCert.VerifyApi.Guesses;

namespace SkillCert.VerifyApi.Lookups;

/// <summary>
/// A holder's certificates by name and ID number, asked the same way by the JSON API and by the site's form. The ID
/// number is used only hashed, and never leaves this method: not in an outcome, a message or a log.
/// </summary>
public sealed class HolderLookup(ExportStore store, IdKey key, CertificateQuery query, GuessBudgets budgets)
{
    public async Task<LookupOutcome> AskAsync(string? name, string? idNumber, CancellationToken cancellationToken)
    {
        var errors = LookupRules.Errors(new LookupRequest(name ?? "", idNumber ?? ""), query.Today);
        if (errors.Count > 0) return new LookupOutcome(LookupOutcomeKind.Invalid) { Errors = errors };
        if (!key.Available) return new LookupOutcome(LookupOutcomeKind.NoIdKey);

        using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        if (session is null) return new LookupOutcome(LookupOutcomeKind.NoExport);

        var holder = HolderName.Normalize(name);
        var gate = budgets.EnterLookup(holder, IdNumber.Normalize(idNumber));
        if (gate.Pause is { } pause) return new LookupOutcome(LookupOutcomeKind.Paused) { Pause = pause, UntilTomorrow = budgets.UntilTomorrow() };

        var today = query.Today;
        // Full records are read only for the holder's own certificates, after the name matched.
        var records = HolderMatch.Numbers(holder, session.FindHolderWindow(key.Hash(idNumber!)))
            .Select(session.FindCertificate).OfType<CertificateRecord>()
            .OrderBy(r => r.IssuedOn).ThenBy(r => r.Number, StringComparer.Ordinal)
            .ToList();
        if (records.Count > 0) budgets.Found(gate);
        // A stored number that no longer decodes (a clock set back before its year) is left out, not failed on.
        var found = records
            .Select(r => (Record: r, Decoding: CertificateNumber.Decode(r.Number, today)))
            .Where(x => x.Decoding.WellFormed)
            .Select(x => CertificateViews.Of(CertificateQuery.Describe(session, x.Decoding, x.Record, today, NameCheck.Matches, QrClaimsInput.None)))
            .ToArray();
        return new LookupOutcome(LookupOutcomeKind.Answered) { Certificates = found, Demo = session.Generation.Meta.Demo };
    }
}
