namespace SkillCert.Core.Verification;

/// <summary>The checks made on every certificate found in the export, in the order they are listed.</summary>
public enum CheckKind
{
    /// <summary>The number is well formed under the coding rule.</summary>
    Structure,

    /// <summary>The number's institution is in the catalogue, with the number's category and route.</summary>
    Institution,

    /// <summary>The institution was active (有效 or 即将到期) on the issue date.</summary>
    Active,

    /// <summary>The occupation, 工种 and level were in the institution's scope on the issue date.</summary>
    Scope,

    /// <summary>The number's year is the year of the issue date.</summary>
    Year,

    /// <summary>The number's level digit is the record's level.</summary>
    Level,
}
