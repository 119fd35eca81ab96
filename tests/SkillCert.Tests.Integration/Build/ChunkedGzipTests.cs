using System.IO.Compression;
using System.Text;
using SkillCert.Generator.Build;

namespace SkillCert.Tests.Integration.Build;

/// The gzip twin of a large file, made of parts compressed apart so that a rebuild compresses only the parts it changed.
public class ChunkedGzipTests
{
    /// A catalogue-like JSON text of about 2 MB: many records, each a little different.
    private static byte[] Records(int count, Func<int, string>? address = null) =>
        Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Range(1, count).Select(n =>
            $$"""{"seq":"{{n:D6}}","name":"忻州第{{n}}机械有限公司","address":"{{address?.Invoke(n) ?? $"和平街{n * 7919 % 10007}号"}}","levels":[{{n % 5 + 1}},{{n % 3 + 1}}]}"""))
            + "]");

    private static byte[] Gunzip(byte[] twin)
    {
        using var input = new GZipStream(new MemoryStream(twin), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    [Fact]
    public void A_chunked_twin_reads_back_as_its_file()
    {
        var data = Records(20_000);
        var (twin, parts) = ChunkedGzip.Compress(data, null, null);
        Assert.True(parts.Parts.Count > 1, "the file was not cut into parts");
        Assert.Equal(data, Gunzip(twin));
    }

    [Fact]
    public void A_twin_made_from_the_published_one_is_the_twin_made_anew()
    {
        var before = Records(20_000);
        var (published, parts) = ChunkedGzip.Compress(before, null, null);
        var after = Records(20_000, n => n == 9_000 ? "和平街改号" : $"和平街{n * 7919 % 10007}号");

        var (reused, reusedParts) = ChunkedGzip.Compress(after, published, parts);
        var (anew, _) = ChunkedGzip.Compress(after, null, null);

        Assert.Equal(anew, reused);
        Assert.Equal(after, Gunzip(reused));
        Assert.True(reusedParts.Parts.Count(p => parts.Parts.Any(q => q.Hash == p.Hash)) >= reusedParts.Parts.Count - 2,
            "an edit in one place changed more than two parts");
    }

    [Fact]
    public void A_published_twin_that_is_not_the_one_indexed_is_not_used()
    {
        var data = Records(20_000);
        var (published, parts) = ChunkedGzip.Compress(data, null, null);
        var damaged = published.ToArray();
        damaged[parts.Parts[0].Start + 5] ^= 0xff;

        var (twin, _) = ChunkedGzip.Compress(data, damaged, parts);

        Assert.Equal(published, twin);
    }
}
