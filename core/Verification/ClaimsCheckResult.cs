namespace SkillCert.Core.Verification;

/// <summary>The verdict on signed claims, the claim fields that differ from the record, and the sentence to show.</summary>
public sealed record ClaimsCheckResult(ClaimsVerdict Verdict, IReadOnlyList<string> DifferingFields, string Message, string MessageZh)
{
    /// <summary>True when the claims vouch for the holder: signed by a usable published key and equal to the record.</summary>
    public bool IsAuthentic => Verdict == ClaimsVerdict.Authentic;

    /// <summary>The stable lower-case name used in JSON and page styles.</summary>
    public string Slug => Verdict switch
    {
        ClaimsVerdict.UnknownKey => "unknown-key",
        ClaimsVerdict.RetiredKey => "retired-key",
        ClaimsVerdict.RevokedKey => "revoked-key",
        _ => Verdict.ToString().ToLowerInvariant(),
    };
}
