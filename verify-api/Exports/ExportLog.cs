using SkillCert.Core.Diagnostics;

namespace SkillCert.VerifyApi.Exports;

/// <summary>The export's structured log events: each names the file and the version, never a person.</summary>
internal static partial class ExportLog
{
    [LoggerMessage(1, LogLevel.Information, "Export {Version} loaded from {File}: {Certificates} certificates, {Institutions} institutions, exported {ExportedAt}")]
    public static partial void Loaded(ILogger logger, string version, string file, long certificates, int institutions, string exportedAt);

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

    /// <summary>The start-up's word that no export is configured, as its diagnostic line in the service's language.</summary>
    public static void NotConfigured(ILogger logger, DiagnosticLanguage language)
    {
        var problem = RefusalReasons.NotConfigured();
        Problem(logger, problem.File, problem.SeverityIn(language), problem.Code, problem.MessageIn(language));
    }

    [LoggerMessage(3, LogLevel.Warning, "{Place}: {Severity} {Code}: {Message}")]
    private static partial void Problem(ILogger logger, string place, string severity, string code, string message);

    [LoggerMessage(4, LogLevel.Information, "Export {Version} retired after {Version2} took over")]
    public static partial void Retired(ILogger logger, string version, string version2);

    [LoggerMessage(6, LogLevel.Error, "Loading the export candidate {File} failed unexpectedly")]
    public static partial void Failed(ILogger logger, string file, Exception exception);

    [LoggerMessage(5, LogLevel.Warning, "Cannot watch {Folder} for export changes ({Reason}); polling only")]
    public static partial void NotWatching(ILogger logger, string folder, string reason);
}
