namespace SkillCert.Core.Numbers;

/// <summary>Every field read from a number of the right length, valid or not.</summary>
public sealed record NumberFields(
    DecodedField Category,
    DecodedField Route,
    DecodedField Province,
    DecodedField Institution,
    DecodedField Year,
    DecodedField Level,
    DecodedField Serial);
