using System.IO.Compression;
using System.Text;
using SkillCert.Generator.Build;
using SkillCert.Generator.Site;

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

    /// The cuts as FastCDC states them: the gear hash run over every byte of a part, from its first.
    private static List<(int Start, int Length)> CutsOfEveryByte(byte[] data)
    {
        var cuts = new List<(int Start, int Length)>();
        var start = 0;
        ulong hash = 0;
        for (var i = 0; i < data.Length; i++)
        {
            hash = (hash << 1) + ChunkedGzip.GearTable[data[i]];
            var length = i + 1 - start;
            if ((length >= ChunkedGzip.MinPart && (hash & ChunkedGzip.CutMask) == 0) || length >= ChunkedGzip.MaxPart)
            {
                cuts.Add((start, length));
                start = i + 1;
                hash = 0;
            }
        }
        if (start < data.Length || cuts.Count == 0) cuts.Add((start, data.Length - start));
        return cuts;
    }

    public static TheoryData<string, int> Inputs() => new()
    {
        { "records", 0 }, { "random", 5_000_000 }, { "zeros", 3_500_000 }, { "random", ChunkedGzip.MinPart - 1 },
        { "random", ChunkedGzip.MinPart }, { "random", ChunkedGzip.MinPart + 1 }, { "zeros", ChunkedGzip.MaxPart },
        { "at the least", 2_000_000 },
        { "zeros", ChunkedGzip.MaxPart + ChunkedGzip.MinPart }, { "random", 0 },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_cuts_skip_no_byte_that_decides_one(string kind, int length)
    {
        var data = kind switch
        {
            "records" => Records(20_000),
            "zeros" => new byte[length],
            "at the least" => CutAtTheLeast(length),
            _ => RandomBytes(length),
        };

        var cuts = ChunkedGzip.Cuts(data);

        Assert.Equal(CutsOfEveryByte(data), cuts);
        if (kind != "zeros" && data.Length > 2 * ChunkedGzip.MaxPart)
            Assert.Contains(cuts, c => c.Length < ChunkedGzip.MaxPart && c.Start + c.Length < data.Length);
        // Where a part may end at its first byte that can end one, the bytes hashed before that byte decide it.
        if (kind == "at the least") Assert.All(cuts[..^1], c => Assert.Equal(ChunkedGzip.MinPart, c.Length));
    }

    public static TheoryData<string> Edits() => ["none", "first", "middle", "last", "inserted", "removed", "appended", "emptied"];

    [Theory]
    [MemberData(nameof(Edits))]
    public void Parts_found_again_are_cut_where_every_byte_hashed_cuts(string edit)
    {
        var before = Records(20_000);
        var (_, parts) = ChunkedGzip.Compress(before, null, null);
        var text = Encoding.UTF8.GetString(before);
        var after = Encoding.UTF8.GetBytes(edit switch
        {
            "first" => "[{\"seq\":\"改" + text[9..],
            "middle" => text[..(text.Length / 2)] + "改了又改" + text[(text.Length / 2)..],
            "last" => text[..^40] + "改" + text[^39..],
            "inserted" => text[..(text.Length / 3)] + string.Concat(Enumerable.Repeat(text[..50_000], 30)) + text[(text.Length / 3)..],
            "removed" => text[..(text.Length / 4)] + text[(text.Length / 2)..],
            "appended" => text + text[..300_000],
            "emptied" => "",
            _ => text,
        });

        var (cuts, hashes) = ChunkedGzip.CutsAfter(after, parts);

        Assert.Equal(CutsOfEveryByte(after), cuts);
        Assert.Equal(cuts.Select(c => Fingerprint.OfBytes(after.AsSpan(c.Start, c.Length))), hashes.Select((h, n) => h ?? Fingerprint.OfBytes(after.AsSpan(cuts[n].Start, cuts[n].Length))));
        if (edit is "none" or "middle") Assert.True(hashes.Count(h => h is not null) >= cuts.Count - 2, "the parts that recur were hashed byte by byte again");
    }

    [Fact]
    public void An_index_of_another_form_is_not_read()
    {
        var file = Path.Combine(Path.GetTempPath(), $"skillcert-gzip-parts-{Guid.NewGuid():N}");
        try
        {
            using (var writer = new BinaryWriter(File.Create(file)))
            {
                writer.Write(1);
                writer.Write("data/catalogue.json.gz");
                writer.Write("hash");
                writer.Write(0);
            }
            Assert.Empty(ChunkedGzip.ReadIndex(file));

            var (_, parts) = ChunkedGzip.Compress(Records(2_000), null, null);
            ChunkedGzip.WriteIndex(file, new Dictionary<string, GzipParts> { ["data/catalogue.json.gz"] = parts });
            Assert.Equal(parts.Parts, ChunkedGzip.ReadIndex(file)["data/catalogue.json.gz"].Parts);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// A 64-byte block repeated, whose hash makes a cut: every 64th byte can end a part, the first that may among them.
    private static byte[] CutAtTheLeast(int length)
    {
        var random = new Random(64);
        var block = new byte[64];
        ulong hash;
        do
        {
            random.NextBytes(block);
            hash = 0;
            foreach (var b in block) hash = (hash << 1) + ChunkedGzip.GearTable[b];
        }
        while ((hash & ChunkedGzip.CutMask) != 0);
        var data = new byte[length];
        for (var at = 0; at < length; at += block.Length) block.AsSpan(0, Math.Min(block.Length, length - at)).CopyTo(data.AsSpan(at));
        return data;
    }

    private static byte[] RandomBytes(int length)
    {
        var data = new byte[length];
        new Random(length).NextBytes(data);
        return data;
    }
}
