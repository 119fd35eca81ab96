using SkillCert.Core.Verification;
using SkillCert.VerifyApi.Exports;

namespace SkillCert.VerifyApi.Lookups;

/// <summary>
/// Picks a holder's certificates out of the index entries a lookup read. Every entry gets both comparisons, its ID and
/// its name, with no short cut, and the window holds as many entries for an unknown ID as for a known one, so a lookup
/// with a known ID and a wrong name does exactly the work of one with an unknown ID.
/// </summary>
public static class HolderMatch
{
    /// <summary>The numbers of the entries with the looked-up ID and the typed (normalised) name.</summary>
    public static IReadOnlyList<string> Numbers(string name, IReadOnlyList<HolderEntry> window)
    {
        var numbers = new List<string>();
        foreach (var entry in window)
        {
            if (entry.SameId & HolderName.Matches(name, entry.HolderName)) numbers.Add(entry.Number);
        }
        return numbers;
    }
}
