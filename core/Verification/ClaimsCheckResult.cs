namespace SkillCert.Core.Verification;

/// <summary>The verdict on signed claims, the claim fields that differ from the record, and the sentence to show.</summary>
public sealed record ClaimsCheckResult(ClaimsVerdict Verdict, IReadOnlyList<string> DifferingFields, string Message, string MessageZh)
{
    /// <summary>True when the claims may be shown as the holder's: signed by a published key and equal to the record.</summary>
    public bool ShowsHolder => Verdict is ClaimsVerdict.Authentic or ClaimsVerdict.Revoked;
}
