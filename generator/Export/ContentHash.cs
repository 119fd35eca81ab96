using System.Globalization;
using System.Security.Cryptography;
using SkillCert.Core.Signing;
using System.Text;

namespace SkillCert.Generator.Export;

/// <summary>
/// The SHA-256 that names an export's inputs: every content file the export read and every roster, totals and
/// revocations file, each by its path inside its folder and the SHA-256 of its bytes, and the published signing keys
/// with their dates. Where the folders are on disk does not matter; a changed byte in any input does, and so does a
/// key rotated or revoked, which the verification service must load although no roster changed.
/// </summary>
public static class ContentHash
{
    public static string Of(string contentDir, IEnumerable<(string File, string Sha256)> rosterInputs, IEnumerable<PublishedKey> keys)
    {
        var lines = new List<string>();
        lines.AddRange(keys.Select(k => string.Create(CultureInfo.InvariantCulture,
            $"keys/{k.KeyId}\t{k.ValidFrom:yyyy-MM-dd}\t{k.Retired:yyyy-MM-dd}\t{k.Revoked:yyyy-MM-dd}")));
        foreach (var name in new[] { "site.yml", "occupations.yml" }) Add(lines, contentDir, name);
        var institutions = Path.Combine(contentDir, "institutions");
        if (Directory.Exists(institutions))
        {
            foreach (var file in Directory.EnumerateFiles(institutions, "*.yml"))
                Add(lines, contentDir, Path.Combine("institutions", Path.GetFileName(file)));
        }
        lines.AddRange(rosterInputs.Select(i => $"rosters/{i.File}\t{i.Sha256}"));
        lines.Sort(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }

    /// <summary>The SHA-256 of a file's bytes, in lower-case hex.</summary>
    public static string OfFile(string path) => OfBytes(File.ReadAllBytes(path));

    /// <summary>The SHA-256 of bytes already read, in lower-case hex.</summary>
    public static string OfBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static void Add(List<string> lines, string contentDir, string relative)
    {
        var path = Path.Combine(contentDir, relative);
        if (File.Exists(path)) lines.Add($"content/{relative.Replace('\\', '/')}\t{OfFile(path)}");
    }
}
