namespace SkillCert.Core.Identity;

/// <summary>The result of checking a credit code: the cleaned text and every specific error found.</summary>
public sealed record CodeCheck(string Normalized, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
