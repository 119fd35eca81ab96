using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SkillCert.VerifyApi.Certificates;
using SkillCert.VerifyApi.Configuration;
using SkillCert.VerifyApi.Exports;
using SkillCert.VerifyApi.Guesses;
using SkillCert.VerifyApi.Json;
using SkillCert.VerifyApi.Lookups;

namespace SkillCert.Benchmarks.Micro;

/// <summary>
/// The verify API's per-request work for <c>GET /api/v1/certificates/{n}</c>, stage by stage and without HTTP, over the
/// export and numbers that api-vs-nginx.sh made: SKILLCERT_BENCH_EXPORT (the .db) and SKILLCERT_BENCH_NUMBERS (one number
/// a line). Each operation answers the next number of the sample; the stages' costs are the differences.
/// </summary>
[MemoryDiagnoser]
public class CertificateAnswerBenchmark
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = VerifyJsonContext.ReadableEncoder, SkipValidation = true };

    private readonly ArrayBufferWriter<byte> _buffer = new(8 * 1024);
    private ExportStore _store = null!;
    private CertificateQuery _query = null!;
    private string[] _numbers = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var export = Environment.GetEnvironmentVariable("SKILLCERT_BENCH_EXPORT")
            ?? throw new InvalidOperationException("set SKILLCERT_BENCH_EXPORT to an export, e.g. the one api-vs-nginx.sh made");
        _numbers = File.ReadAllLines(Environment.GetEnvironmentVariable("SKILLCERT_BENCH_NUMBERS")
            ?? throw new InvalidOperationException("set SKILLCERT_BENCH_NUMBERS to a file of numbers, e.g. api-vs-nginx.sh's numbers.txt"));
        var options = Options.Create(new VerifyOptions());
        _store = new ExportStore();
        var loader = new ExportLoader(TimeProvider.System, new IdKey(options, NullLogger<IdKey>.Instance));
        _store.Install(loader.Load(export, null, out var refusal) ?? throw new InvalidOperationException(refusal?.Reason));
        _query = new CertificateQuery(_store, TimeProvider.System, new GuessBudgets(options, TimeProvider.System));
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    // The floor of a stored (pre-serialised) answer: what a lookup costs that only finds its row and would then write bytes
    // (issue 17's planned step, weighed with api-vs-nginx.sh; see docs/benchmarks.md).
    [Benchmark(Description = "the indexed read alone")]
    public async Task<object?> Read()
    {
        using var session = await _store.OpenSessionAsync();
        return session!.FindCertificate(Next());
    }

    [Benchmark(Baseline = true, Description = "look up, check, decide")]
    public async Task<CertificateAnswer> Ask() => await _query.AskAsync(Next(), null, QrClaimsInput.None, default);

    [Benchmark(Description = "+ the JSON view")]
    public async Task<object> AskAndView() => CertificateViews.Of(await _query.AskAsync(Next(), null, QrClaimsInput.None, default));

    [Benchmark(Description = "+ the JSON bytes (the whole answer)")]
    public async Task<int> AskViewAndSerialise()
    {
        var view = CertificateViews.Of(await _query.AskAsync(Next(), null, QrClaimsInput.None, default));
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer, WriterOptions);
        JsonSerializer.Serialize(writer, view, VerifyJsonContext.Default.CertificateView);
        return _buffer.WrittenCount;
    }

    // What CertificateJson's per-thread buffer saves: the same answer written into a buffer made for it.
    [Benchmark(Description = "+ the JSON bytes into a fresh buffer")]
    public async Task<int> AskViewAndSerialiseIntoFreshBuffer()
    {
        var view = CertificateViews.Of(await _query.AskAsync(Next(), null, QrClaimsInput.None, default));
        var buffer = new ArrayBufferWriter<byte>(8 * 1024);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        JsonSerializer.Serialize(writer, view, VerifyJsonContext.Default.CertificateView);
        return buffer.WrittenCount;
    }

    private string Next() => _numbers[_next++ % _numbers.Length];
}
