using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace SkillCert.VerifyApi.Http;

/// <summary>
/// The console's log format: one entry per line, always. The message and any exception are written with their control
/// characters encoded (<see cref="LogText"/>), whichever code logged them, the framework's included, so no value a
/// client sent can forge an entry. It replaces the default two-line format; the json and systemd formats stay available
/// through Logging:Console:FormatterName.
/// </summary>
public sealed class OneLineConsoleFormatter(IOptionsMonitor<ConsoleFormatterOptions> options) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "skillcert";
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
    private const int HostStartFailed = 11;

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        // The host's "Hosting failed to start" and its stack: the failure leaves Run as an exception, and the service
        // says it there (SC8202 for an address, in its language); anything else is rethrown with its stack.
        if (logEntry.EventId.Id == HostStartFailed && logEntry.Category == HostCategory) return;
        var message = logEntry.Formatter(logEntry.State, null);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null) return;
        var settings = options.CurrentValue;
        if (settings.TimestampFormat is { } format)
        {
            var now = settings.UseUtcTimestamp ? DateTimeOffset.UtcNow : DateTimeOffset.Now;
            textWriter.Write(now.ToString(format, System.Globalization.CultureInfo.InvariantCulture));
        }
        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(": ");
        textWriter.Write(logEntry.Category);
        textWriter.Write('[');
        textWriter.Write(logEntry.EventId.Id);
        textWriter.Write("] ");
        textWriter.Write(LogText.Encode(message));
        if (logEntry.Exception is { } exception)
        {
            textWriter.Write(' ');
            textWriter.Write(LogText.Encode(exception.ToString()));
        }
        textWriter.Write('\n');
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
