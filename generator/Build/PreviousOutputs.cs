using SkillCert.Generator.Site.Memo;

namespace SkillCert.Generator.Build;

/// <summary>
/// The last published build as the planner may reuse it: its files' fingerprints, the folder they are in, and what its
/// plan learned (<see cref="Memo"/>). A file whose fingerprint is unchanged holds, byte for byte, what this build would make of it.
/// </summary>
public sealed record PreviousOutputs(string SiteDir, IReadOnlyDictionary<string, CacheEntry> Entries, PlanMemo? Memo = null)
{
    public bool Unchanged(string sitePath, string fingerprint) =>
        Entries.TryGetValue(sitePath, out var entry) && entry.Fingerprint == fingerprint;

    /// <summary>
    /// The published file's bytes, or null when the last build did not publish it or it cannot be read. A compressed
    /// twin was published with its file, which alone has an entry.
    /// </summary>
    public byte[]? Read(string sitePath)
    {
        if (!Entries.ContainsKey(sitePath) && !Entries.ContainsKey(CompressedTwinNames.FileOf(sitePath))) return null;
        try
        {
            return File.ReadAllBytes(Path.Combine(SiteDir, sitePath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
