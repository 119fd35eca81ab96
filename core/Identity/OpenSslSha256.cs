using System.Runtime.InteropServices;

namespace SkillCert.Core.Identity;

/// <summary>
/// OpenSSL's own SHA-256 (libcrypto's SHA256_Init, SHA256_Update and SHA256_Final), called on a context that the caller
/// keeps, so that <see cref="IdHasher"/> can start every hash from the key's states computed once. Through
/// <see cref="System.Security.Cryptography.IncrementalHash"/> an HMAC of an 18-character ID number costs three calls
/// that each clear OpenSSL's error queue and copy a provider context: twenty times the two compression rounds it needs
/// (IdHashBenchmark; perf, docs/benchmarks.md "The export against the sqlite3 floor"). Where libcrypto cannot be
/// loaded (not Linux), <see cref="IsAvailable"/> is false and the hasher keeps to IncrementalHash.
/// </summary>
internal static unsafe class OpenSslSha256
{
    /// <summary>Room for OpenSSL's SHA256_CTX (112 bytes in OpenSSL 1.1 and 3), with some to spare.</summary>
    public const int ContextLength = 128;

    private static readonly delegate* unmanaged[SuppressGCTransition]<byte*, int> InitFunction;
    private static readonly delegate* unmanaged[SuppressGCTransition]<byte*, byte*, nuint, int> UpdateFunction;
    private static readonly delegate* unmanaged[SuppressGCTransition]<byte*, byte*, int> FinalFunction;

    static OpenSslSha256()
    {
        if (!OperatingSystem.IsLinux() || !NativeLibrary.TryLoad("libcrypto.so.3", out var library)) return;
        if (!NativeLibrary.TryGetExport(library, "SHA256_Init", out var init)
            || !NativeLibrary.TryGetExport(library, "SHA256_Update", out var update)
            || !NativeLibrary.TryGetExport(library, "SHA256_Final", out var final)) return;
        InitFunction = (delegate* unmanaged[SuppressGCTransition]<byte*, int>)init;
        UpdateFunction = (delegate* unmanaged[SuppressGCTransition]<byte*, byte*, nuint, int>)update;
        FinalFunction = (delegate* unmanaged[SuppressGCTransition]<byte*, byte*, int>)final;
    }

    public static bool IsAvailable => FinalFunction != null;

    /// <summary>Starts a hash in <paramref name="context"/> (<see cref="ContextLength"/> bytes).</summary>
    public static void Init(Span<byte> context)
    {
        fixed (byte* c = context) Check(InitFunction(c));
    }

    public static void Update(Span<byte> context, ReadOnlySpan<byte> data)
    {
        fixed (byte* c = context)
        fixed (byte* d = data)
            Check(UpdateFunction(c, d, (nuint)data.Length));
    }

    /// <summary>Ends the hash in <paramref name="context"/>, writing its 32 bytes to <paramref name="hash"/>.</summary>
    public static void Final(Span<byte> context, Span<byte> hash)
    {
        if (hash.Length < 32) throw new ArgumentException("a SHA-256 hash is 32 bytes", nameof(hash));
        fixed (byte* c = context)
        fixed (byte* h = hash)
            Check(FinalFunction(h, c));
    }

    private static void Check(int result)
    {
        if (result != 1) throw new System.Security.Cryptography.CryptographicException("OpenSSL's SHA-256 failed");
    }
}
