using SkillCert.Core.Diagnostics;
using SkillCert.Core.Exports;

namespace SkillCert.VerifyApi.Exports;

/// <summary>
/// Why the service does not serve a candidate export, as diagnostics with a code and a message in Chinese and in English:
/// the log and /readyz say what happened to the file and what to do, and docs/diagnostics.md explains each code.
/// </summary>
public static class RefusalReasons
{
    private const string CopyAgain = "请重新复制或发布完整的文件（先写到旁边，再改名替换）";
    private const string ExportAgain = "请给出 skillcert export 生成的 .db 文件";

    public static Diagnostic NotConfigured() => Warn(DiagnosticCodes.ExportNotConfigured, "SkillCert:Export",
        "没有配置导出文件（SkillCert:Export），所以不核验任何证书，证书查询都答 503；配置后服务会自动加载",
        "no export is configured (SkillCert:Export); certificate lookups answer 503 until one is");

    public static Diagnostic Missing(string name) => Error(DiagnosticCodes.ExportMissing, name,
        $"导出文件 {name} 不存在；请把 skillcert export 生成的文件放到 SkillCert:Export 指向的位置，放好后服务会自动加载",
        $"the export file {name} does not exist");

    public static Diagnostic Empty(string name) => Error(DiagnosticCodes.ExportEmpty, name,
        $"导出文件 {name} 是空的（0 字节）；{CopyAgain}", $"the export file {name} is empty");

    public static Diagnostic TooShort(string name, long length) => Error(DiagnosticCodes.ExportTruncated, name,
        $"导出文件 {name} 不完整：只有 {length} 字节，连文件头都不全，多半是复制没有完成；{CopyAgain}",
        $"the export file {name} is truncated: {length} bytes, shorter than an SQLite header");

    public static Diagnostic Truncated(string name, long length, long announced) => Error(DiagnosticCodes.ExportTruncated, name,
        $"导出文件 {name} 不完整：只有 {length} 字节，文件头写明应有 {announced} 字节，多半是复制没有完成或磁盘满了；{CopyAgain}",
        $"the export file {name} is truncated: {length} bytes of the {announced} its header announces");

    public static Diagnostic NotDatabase(string name) => Error(DiagnosticCodes.ExportNotDatabase, name,
        $"{name} 不是导出文件（它不是 SQLite 数据库）；{ExportAgain}", $"the export file {name} is not an SQLite database");

    /// <summary>The first thing the export's header shows wrong: no meta table, a schema version this service does not read, a missing table or key.</summary>
    public static Diagnostic Header(string name, ExportProblem problem) => problem.Kind switch
    {
        ExportProblemKind.NotAnExport => Error(DiagnosticCodes.ExportNotSkillCert, name,
            $"{name} 不是 SkillCert 的导出文件（没有 meta 表）；{ExportAgain}", $"the export file {name} is not a SkillCert export: it has no meta table"),
        ExportProblemKind.UnreadableVersion => Error(DiagnosticCodes.ExportVersion, name,
            $"导出文件 {name} {problem.Message}；请用与这个服务同一版本的 skillcert export 重新导出，或者升级服务",
            $"the export file {name} has schema version {problem.FoundVersion ?? "(none)"}; this service reads version {string.Join(", ", ExportSchema.ReadableVersions)}"),
        _ => Error(DiagnosticCodes.ExportNotSkillCert, name, $"导出文件 {name} {problem.Message}；{ExportAgain}", $"the export file {name} {problem.MessageEn}"),
    };

    public static Diagnostic NoVersion(string name) => Error(DiagnosticCodes.ExportNotSkillCert, name,
        $"导出文件 {name} 的 meta 表里没有 {ExportSchema.MetaKeys.ContentHash}（数据版本标识）；{ExportAgain}",
        $"the export file {name} has no {ExportSchema.MetaKeys.ContentHash} in its meta table");

    public static Diagnostic IdKeyMismatch(string name, Phrase why) => Error(DiagnosticCodes.ExportIdKeyMismatch, name, why.Zh, why.En);

    public static Diagnostic Damaged(string name, string detail) => Error(DiagnosticCodes.ExportDamaged, name,
        $"导出文件 {name} 已损坏（{detail}）；{CopyAgain}", $"the export file {name} is damaged: {detail}");

    public static Diagnostic Unreadable(string name, string detail) => Error(DiagnosticCodes.ExportDamaged, name,
        $"导出文件 {name} 读不出来（{detail}）；{CopyAgain}", $"the export file {name} cannot be read: {detail}");

    public static Diagnostic UnreadableFiling(string name, string seq, string detail) => Error(DiagnosticCodes.ExportDamaged, name,
        $"导出文件 {name} 里机构 {seq} 的备案信息读不出来（{detail}）；请用 skillcert export 重新导出",
        $"the export file {name} has an unreadable filing for institution {seq}: {detail}");

    public static Diagnostic Failed(string name, string detail) => Error(DiagnosticCodes.ExportDamaged, name,
        $"导出文件 {name} 加载时出了意外的错误（{detail}）；{CopyAgain}", $"the export file {name} could not be loaded: {detail}");

    public static Diagnostic Locked(string name, string detail) => Warn(DiagnosticCodes.ExportBusy, name,
        $"导出文件 {name} 正被另一个程序锁住（{detail}）；服务会在下一次检查时再试",
        $"the export file {name} is locked by another process (SQLite: {detail})");

    public static Diagnostic Replaced(string name) => Warn(DiagnosticCodes.ExportBusy, name,
        $"导出文件 {name} 在打开的过程中被换掉了；服务会在下一次检查时加载新的文件",
        $"the export file {name} was replaced while it was being opened");

    private static Diagnostic Error(string code, string file, string zh, string en) => new(Severity.Error, code, file, 0, 0, zh, en);

    private static Diagnostic Warn(string code, string file, string zh, string en) => new(Severity.Warning, code, file, 0, 0, zh, en);
}
