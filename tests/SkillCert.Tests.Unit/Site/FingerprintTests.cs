using System.IO.Hashing;
using System.Runtime.InteropServices;
using SkillCert.Generator.Site;

namespace SkillCert.Tests.Unit.Site;

/// <summary>
/// A fingerprint of parts is the fingerprint of the parts laid end to end, each followed by a zero byte; a fingerprint of
/// bytes is XxHash128's up to one block, and above it the hash of its blocks' hashes. The build cache holds fingerprints
/// only for the generator that made them, so they may change with it, but never from one build to the next.
/// </summary>
public class FingerprintTests
{
    private static byte[] LaidEndToEnd(string[] parts) =>
        [.. parts.SelectMany(p => MemoryMarshal.AsBytes(p.AsSpan()).ToArray().Append((byte)0))];

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
    public void Parts_give_the_fingerprint_of_their_bytes_laid_end_to_end(string[] parts) =>
        Assert.Equal(Fingerprint.OfBytes(LaidEndToEnd(parts)), Fingerprint.OfParts(parts));

    [Fact]
    public void Where_one_part_ends_and_the_next_begins_changes_the_fingerprint() =>
        Assert.NotEqual(Fingerprint.OfParts("ab", "c"), Fingerprint.OfParts("a", "bc"));

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(240)]
    public void Up_to_a_block_the_fingerprint_is_XxHash128(int length)
    {
        var data = Enumerable.Range(0, length).Select(n => (byte)(n * 7)).ToArray();
        Assert.Equal(Convert.ToHexStringLower(XxHash128.Hash(data)), Fingerprint.OfBytes(data));
    }

    [Theory]
    [InlineData(241, 0)]
    [InlineData(241, 240)]
    [InlineData(5_000, 2_500)]
    [InlineData(100_000, 99_999)]
    public void Above_a_block_every_byte_counts(int length, int changed)
    {
        var data = Enumerable.Range(0, length).Select(n => (byte)(n * 7)).ToArray();
        var before = Fingerprint.OfBytes(data);
        data[changed] ^= 1;
        Assert.NotEqual(before, Fingerprint.OfBytes(data));
        Assert.NotEqual(before, Fingerprint.OfBytes(data.AsSpan(0, length - 1)));
    }

    [Fact]
    public void Data_that_is_another_datas_block_hashes_has_a_fingerprint_of_its_own()
    {
        var data = Enumerable.Range(0, 480).Select(n => (byte)n).ToArray();
        byte[] blocks = [.. XxHash128.Hash(data.AsSpan(0, 240)), .. XxHash128.Hash(data.AsSpan(240))];
        Assert.NotEqual(Fingerprint.OfBytes(data), Fingerprint.OfBytes(blocks));
    }
}
