using System.Text;

namespace SkillCert.Core.Verification;

/// <summary>How a typed holder name is compared with the stored one: trimmed and in Unicode NFKC form.</summary>
public static class HolderName
{
    /// <summary>Longer input is refused before any comparison; no holder name comes close.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// NFKC folds the full-width letters and compatibility ideographs that input methods produce into the form
    /// the export stores, so 张三 typed either way is the same name.
    /// </summary>
    public static string Normalize(string? name)
    {
        var trimmed = (name ?? "").Trim();
        return trimmed.IsNormalized(NormalizationForm.FormKC) ? trimmed : trimmed.Normalize(NormalizationForm.FormKC).Trim();
    }

    /// <summary>True when the typed name is the stored one after normalisation; an empty name never matches.</summary>
    public static bool Matches(string? typed, string stored)
    {
        var a = Normalize(typed);
        return a.Length > 0 && string.Equals(a, Normalize(stored), StringComparison.Ordinal);
    }
}
