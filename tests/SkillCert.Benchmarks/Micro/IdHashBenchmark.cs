using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using SkillCert.Core.Identity;

namespace SkillCert.Benchmarks.Micro;

/// <summary>
/// The workers' ID hash (HMAC-SHA256), 1,000 ID numbers a call, three ways: <see cref="IdHasher"/> (what the export
/// does), a reused <see cref="IncrementalHash"/> writing into a span (IdHasher without its array per hash), and the
/// one-shot <see cref="HMACSHA256.HashData(ReadOnlySpan{byte}, ReadOnlySpan{byte}, Span{byte})"/>, which sets the key
/// up again for every number.
/// </summary>
[MemoryDiagnoser]
public class IdHashBenchmark
{
    private const int Numbers = 1_000;

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(IdHasher.KeyLength);
    private string[] _ids = [];
    private IdHasher _hasher = null!;
    private IncrementalHash _incremental = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ids = Enumerable.Range(0, Numbers).Select(i => $"14220119{80 + i % 20}0{1 + i % 9}1{i % 10}{i:D3}X").ToArray();
        _hasher = new IdHasher(_key);
        _incremental = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _hasher.Dispose();
        _incremental.Dispose();
    }

    [Benchmark(Baseline = true, Description = "IdHasher (the export)")]
    public int Hasher()
    {
        var sum = 0;
        foreach (var id in _ids) sum += _hasher.Hash(id)[0];
        return sum;
    }

    [Benchmark(Description = "reused IncrementalHash")]
    public int Incremental() => Sum((message, hash) =>
    {
        _incremental.AppendData(message);
        _incremental.GetHashAndReset(hash);
    });

    [Benchmark(Description = "HMACSHA256.HashData one-shot")]
    public int OneShot() => Sum((message, hash) => HMACSHA256.HashData(_key, message, hash));

    private delegate void Mac(ReadOnlySpan<byte> message, Span<byte> hash);

    private int Sum(Mac mac)
    {
        var sum = 0;
        Span<byte> utf8 = stackalloc byte[64];
        Span<byte> hash = stackalloc byte[IdHasher.HashLength];
        foreach (var id in _ids)
        {
            mac(utf8[..Encoding.UTF8.GetBytes(id, utf8)], hash);
            sum += hash[0];
        }
        return sum;
    }
}
