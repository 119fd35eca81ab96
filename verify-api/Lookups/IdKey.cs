using Microsoft.Extensions.Options;
using SkillCert.Core.Diagnostics;
using SkillCert.Core.Identity;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.VerifyApi.Lookups;

/// <summary>
/// The key of the ID-number hash, read once at start-up from the file named by SkillCert:IdKey: 32 raw bytes, or the
/// same as 64 hex digits or base64 text. The export holds only hashes, so without the key no lookup is possible; and
/// since the ID-number space is small, a key that others can read is refused (<see cref="IdKeyFile"/>).
/// </summary>
public sealed partial class IdKey
{
    private readonly byte[]? _key;

    public IdKey(IOptions<VerifyOptions> options, ILogger<IdKey> logger)
    {
        var path = options.Value.IdKey;
        var language = options.Value.MessageLanguage();
        if (string.IsNullOrWhiteSpace(path))
        {
            Problem = IdKeyProblems.NotConfigured(IdKeyFile.Setting);
            NotConfigured(logger, Problem.File, Problem.SeverityIn(language), Problem.Code, Problem.MessageIn(language));
            return;
        }
        Configured = true;
        FileName = Path.GetFileName(path);
        _key = IdKeyFile.Read(path, out var problem, out var detail);
        if (_key is null)
        {
            Problem = problem;
            Refused(logger, detail!.File, detail.SeverityIn(language), detail.Code, detail.MessageIn(language));
            return;
        }
        KeyId = IdHasher.KeyId(_key);
    }

    /// <summary>True when SkillCert:IdKey names a file; a configured key that cannot be used makes the service not ready.</summary>
    public bool Configured { get; }

    /// <summary>The key file's name (never its folder, which public answers do not show).</summary>
    public string? FileName { get; }

    /// <summary>Why lookups are unavailable, naming the file alone, or null when the key is loaded.</summary>
    public Diagnostic? Problem { get; }

    public bool Available => _key is not null;

    /// <summary>The key's public name (<see cref="IdHasher.KeyId"/>), as an export's <c>id_key_id</c> states it.</summary>
    public string? KeyId { get; }

    public byte[] Hash(string idNumber) =>
        IdHasher.Compute(_key ?? throw new InvalidOperationException(Problem?.MessageEn), idNumber);

    /// <summary>
    /// Why an export whose meta states <paramref name="exportIdKeyId"/> must not be served with this key, or null when
    /// it may: the ids agree, or no key is loaded (then lookups are unavailable anyway, and say so).
    /// </summary>
    public Phrase? MismatchWith(string? exportIdKeyId, string exportName)
    {
        if (KeyId is null || exportIdKeyId == KeyId) return null;
        if (exportIdKeyId is null)
            return new($"导出文件 {exportName} 没有写明它用的是哪把证件号码密钥（meta 表里没有 id_key_id），无法和配置的密钥 {FileName} 核对；" +
                "请用 skillcert export 重新导出",
                $"the export file {exportName} names no ID key (no id_key_id in its meta table), so the configured ID key {FileName} " +
                "cannot be checked against it; export it again with skillcert export");
        return new($"导出文件 {exportName} 是用另一把证件号码密钥（id_key_id {exportIdKeyId}）导出的，不是配置的 {FileName}（id {KeyId}），" +
            "按姓名和证件号码查询会什么也查不到；请配上导出时用的那把密钥，或者用这把密钥重新导出，再把密钥和导出文件一起换上（见 docs/rosters-and-export.md 的 Rotating the ID key）",
            $"the export file {exportName} was made with another ID key (id_key_id {exportIdKeyId}) than the configured one " +
            $"({FileName}, id {KeyId}), so every name-and-ID lookup would find nothing; serve it with the ID key it was exported with, " +
            "or re-export with this key and swap the key and the export together (docs/rosters-and-export.md: Rotating the ID key)");
    }

    // Each a diagnostic line in the service's language, as the export's refusals are; the fields stay for log queries.
    [LoggerMessage(10, LogLevel.Warning, "{Place}: {Severity} {Code}: {Message}")]
    private static partial void NotConfigured(ILogger logger, string place, string severity, string code, string message);

    [LoggerMessage(11, LogLevel.Error, "{Place}: {Severity} {Code}: {Message}")]
    private static partial void Refused(ILogger logger, string place, string severity, string code, string message);
}
