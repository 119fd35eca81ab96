using System.IO.Hashing;
using System.Runtime.InteropServices;
using SkillCert.Generator.Site;

namespace SkillCert.Tests.Unit.Site;

/// <summary>
/// A fingerprint of parts must stay what it was when the parts were appended one by one to a hasher: the build cache of a
/// published site holds such fingerprints, and a different one would render every page again.
/// </summary>
public class FingerprintTests
{
    private static string Appended(string[] parts)
    {
        var hash = new XxHash128();
        foreach (var part in parts)
        {
            hash.Append(MemoryMarshal.AsBytes(part.AsSpan()));
            hash.Append([0]);
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    public static TheoryData<string[]> Parts() => new()
    {
        Array.Empty<string>(),
        new[] { "" },
        new[] { "page", "0123456789abcdef0123456789abcdef" },
        new[] { "忻州示例机械有限公司", "", "active|Filed|2024-03-01" },
        // Longer than the stack buffer, so the pooled one is used.
        new[] { new string('机', 700), "x" },
        Enumerable.Range(0, 10_001).Select(n => n.ToString("x32", System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
    };

    [Theory]
    [MemberData(nameof(Parts))]
    public void Parts_give_the_fingerprint_they_gave_appended_one_by_one(string[] parts) =>
        Assert.Equal(Appended(parts), Fingerprint.OfParts(parts));

    [Fact]
    public void Where_one_part_ends_and_the_next_begins_changes_the_fingerprint() =>
        Assert.NotEqual(Fingerprint.OfParts("ab", "c"), Fingerprint.OfParts("a", "bc"));
}
