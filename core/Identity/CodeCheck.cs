using SkillCert.Core.Diagnostics;

namespace SkillCert.Core.Identity;

/// <summary>The result of checking a credit code: the cleaned text and every specific error found, in Chinese and English.</summary>
public sealed record CodeCheck(string Normalized, IReadOnlyList<Phrase> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
