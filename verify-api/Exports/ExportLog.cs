using SkillCert.Core.Diagnostics;

namespace SkillCert.VerifyApi.Exports;

/// <summary>
/// The export's structured log events: each names the file and the version, never a person. The text is Chinese unless
/// the service's language is English; an event keeps its id and its fields in both, so log queries need not know the language.
/// </summary>
internal static partial class ExportLog
{
    public static void Loaded(ILogger logger, DiagnosticLanguage language, string version, string file, long certificates, int institutions, string exportedAt)
    {
        if (language == DiagnosticLanguage.English) LoadedEn(logger, version, file, certificates, institutions, exportedAt);
        else LoadedZh(logger, version, file, certificates, institutions, exportedAt);
    }

    [LoggerMessage(1, LogLevel.Information, "已加载导出文件 {File}（数据版本 {Version}）：{Certificates} 张证书，{Institutions} 个机构，导出于 {ExportedAt}")]
    private static partial void LoadedZh(ILogger logger, string version, string file, long certificates, int institutions, string exportedAt);

    [LoggerMessage(1, LogLevel.Information, "Export {Version} loaded from {File}: {Certificates} certificates, {Institutions} institutions, exported {ExportedAt}")]
    private static partial void LoadedEn(ILogger logger, string version, string file, long certificates, int institutions, string exportedAt);

    /// <summary>A refused candidate as its diagnostic line, in the service's language, and what is served instead.</summary>
    public static void Refused(ILogger logger, DiagnosticLanguage language, Diagnostic problem, string? serving)
    {
        if (language == DiagnosticLanguage.English)
            RefusedEn(logger, problem.File, problem.SeverityIn(language), problem.Code, problem.MessageEn, serving ?? "nothing");
        else RefusedZh(logger, problem.File, problem.SeverityIn(language), problem.Code, problem.Message, serving ?? "无（证书查询答 503）");
    }

    [LoggerMessage(2, LogLevel.Warning, "{File}: {Severity} {Code}: {Reason}。没有采用这个文件，仍在使用 {Serving}")]
    private static partial void RefusedZh(ILogger logger, string file, string severity, string code, string reason, string serving);

    [LoggerMessage(7, LogLevel.Warning, "{File}: {Severity} {Code}: {Reason}; the candidate is refused, still serving {Serving}")]
    private static partial void RefusedEn(ILogger logger, string file, string severity, string code, string reason, string serving);

    /// <summary>The same refusal found again at a later try; at Debug, for an operator who wants to see the tries.</summary>
    public static void StillRefused(ILogger logger, DiagnosticLanguage language, Diagnostic problem)
    {
        if (language == DiagnosticLanguage.English) StillRefusedEn(logger, problem.File, problem.Code);
        else StillRefusedZh(logger, problem.File, problem.Code);
    }

    [LoggerMessage(8, LogLevel.Debug, "{File}: 再次检查，仍然不能采用（{Code}，见上面的说明）")]
    private static partial void StillRefusedZh(ILogger logger, string file, string code);

    [LoggerMessage(8, LogLevel.Debug, "{File}: tried again, still refused ({Code}, as said above)")]
    private static partial void StillRefusedEn(ILogger logger, string file, string code);

    /// <summary>The start-up's word that no export is configured, as its diagnostic line in the service's language.</summary>
    public static void NotConfigured(ILogger logger, DiagnosticLanguage language)
    {
        var problem = RefusalReasons.NotConfigured();
        Problem(logger, problem.File, problem.SeverityIn(language), problem.Code, problem.MessageIn(language));
    }

    [LoggerMessage(3, LogLevel.Warning, "{Place}: {Severity} {Code}: {Message}")]
    private static partial void Problem(ILogger logger, string place, string severity, string code, string message);

    public static void Retired(ILogger logger, DiagnosticLanguage language, string version, string version2)
    {
        if (language == DiagnosticLanguage.English) RetiredEn(logger, version, version2);
        else RetiredZh(logger, version, version2);
    }

    [LoggerMessage(4, LogLevel.Information, "数据版本 {Version} 已停用，由 {Version2} 接替；正在处理的查询照常答完")]
    private static partial void RetiredZh(ILogger logger, string version, string version2);

    [LoggerMessage(4, LogLevel.Information, "Export {Version} retired after {Version2} took over")]
    private static partial void RetiredEn(ILogger logger, string version, string version2);

    /// <summary>An unexpected failure: the diagnostic line (SC8107) comes with the refusal; this one carries the stack trace.</summary>
    public static void Failed(ILogger logger, DiagnosticLanguage language, string file, Exception exception)
    {
        if (language == DiagnosticLanguage.English) FailedEn(logger, file, exception);
        else FailedZh(logger, file, exception);
    }

    [LoggerMessage(6, LogLevel.Error, "加载导出文件 {File} 时出了意外的错误；下面的技术说明供开发人员查看")]
    private static partial void FailedZh(ILogger logger, string file, Exception exception);

    [LoggerMessage(6, LogLevel.Error, "Loading the export candidate {File} failed unexpectedly")]
    private static partial void FailedEn(ILogger logger, string file, Exception exception);

    public static void NotWatching(ILogger logger, DiagnosticLanguage language, string folder, string reason)
    {
        if (language == DiagnosticLanguage.English) NotWatchingEn(logger, folder, reason);
        else NotWatchingZh(logger, folder, reason);
    }

    [LoggerMessage(5, LogLevel.Warning, "无法监视文件夹 {Folder} 里导出文件的变化（{Reason}）；改为每两秒检查一次，换上的新文件仍会被加载，只是稍慢")]
    private static partial void NotWatchingZh(ILogger logger, string folder, string reason);

    [LoggerMessage(5, LogLevel.Warning, "Cannot watch {Folder} for export changes ({Reason}); polling only")]
    private static partial void NotWatchingEn(ILogger logger, string folder, string reason);
}
