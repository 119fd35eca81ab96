namespace SkillCert.Core.Numbers;

/// <summary>The parts of a certificate number, in the order they appear; Number means the whole string.</summary>
public enum NumberField
{
    Number,
    Category,
    Route,
    Province,
    Institution,
    Year,
    Level,
    Serial,
}
