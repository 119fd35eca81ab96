using Microsoft.Extensions.Options;
using SkillCert.Core.Identity;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.VerifyApi.Lookups;

/// <summary>
/// The key of the ID-number hash, read once from the file named by SkillCert:IdKey: 32 raw bytes, or the
/// same as 64 hex digits or base64 text. The export holds only hashes, so without the key no lookup is possible.
/// </summary>
public sealed partial class IdKey
{
    private readonly byte[]? _key;

    public IdKey(IOptions<VerifyOptions> options, ILogger<IdKey> logger)
    {
        var path = options.Value.IdKey;
        if (string.IsNullOrWhiteSpace(path))
        {
            Problem = "no ID key is configured (SkillCert:IdKey)";
            return;
        }
        try
        {
            _key = IdHasher.ParseKey(File.ReadAllBytes(path));
            if (_key is null) Problem = $"the ID key file {Path.GetFileName(path)} holds neither {IdHasher.KeyLength} bytes nor their hex or base64 text";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Problem = $"the ID key file {Path.GetFileName(path)} cannot be read: {e.Message}";
        }
        if (Problem is not null) Unusable(logger, Problem);
    }

    /// <summary>Why lookups are unavailable, or null when the key is loaded.</summary>
    public string? Problem { get; }

    public bool Available => _key is not null;

    public byte[] Hash(string idNumber) =>
        IdHasher.Compute(_key ?? throw new InvalidOperationException(Problem), idNumber);

    [LoggerMessage(10, LogLevel.Warning, "Name and ID number lookups are unavailable: {Problem}")]
    private static partial void Unusable(ILogger logger, string problem);
}
