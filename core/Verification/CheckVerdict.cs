namespace SkillCert.Core.Verification;

/// <summary>What one check of a certificate found.</summary>
public enum CheckVerdict
{
    /// <summary>The rule holds.</summary>
    Pass,

    /// <summary>The rule is broken: the certificate disagrees with the number or the catalogue.</summary>
    Fail,

    /// <summary>The rule could not be checked because an earlier one failed (for example, no institution to check against).</summary>
    Skipped,
}
