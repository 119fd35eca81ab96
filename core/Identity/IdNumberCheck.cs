using SkillCert.Core.Diagnostics;

namespace SkillCert.Core.Identity;

/// <summary>The result of checking a 居民身份证号码: the cleaned text, the errors (in Chinese and English), and what the number says.</summary>
public sealed record IdNumberCheck(string Normalized, IReadOnlyList<Phrase> Errors, DateOnly? BirthDate, Gender? Gender)
{
    public bool IsValid => Errors.Count == 0;
}
