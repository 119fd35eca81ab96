namespace SkillCert.Core.Identity;

/// <summary>The gender an ID number's 17th digit records: odd for male, even for female.</summary>
public enum Gender
{
    Male,
    Female,
}
