namespace SkillCert.VerifyApi.Exports;

/// <summary>The export's structured log events: each names the file and the version, never a person.</summary>
internal static partial class ExportLog
{
    [LoggerMessage(1, LogLevel.Information, "Export {Version} loaded from {File}: {Certificates} certificates, {Institutions} institutions, exported {ExportedAt}")]
    public static partial void Loaded(ILogger logger, string version, string file, long certificates, int institutions, string exportedAt);

    [LoggerMessage(2, LogLevel.Warning, "Export candidate {File} refused, still serving {Serving}: {Reason}")]
    public static partial void Refused(ILogger logger, string file, string serving, string reason);

    [LoggerMessage(3, LogLevel.Warning, "No export configured (SkillCert:Export); certificate lookups answer 503 until one is")]
    public static partial void NotConfigured(ILogger logger);

    [LoggerMessage(4, LogLevel.Information, "Export {Version} retired after {Version2} took over")]
    public static partial void Retired(ILogger logger, string version, string version2);

    [LoggerMessage(6, LogLevel.Error, "Loading the export candidate {File} failed unexpectedly")]
    public static partial void Failed(ILogger logger, string file, Exception exception);

    [LoggerMessage(5, LogLevel.Warning, "Cannot watch {Folder} for export changes ({Reason}); polling only")]
    public static partial void NotWatching(ILogger logger, string folder, string reason);
}
