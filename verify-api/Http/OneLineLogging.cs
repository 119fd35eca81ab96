using Microsoft.Extensions.Logging.Console;

namespace SkillCert.VerifyApi.Http;

/// <summary>Makes <see cref="OneLineConsoleFormatter"/> the console's format, unless the configuration chose json or systemd.</summary>
public static class OneLineLogging
{
    public static ILoggingBuilder WriteOneLinePerEntry(this ILoggingBuilder logging)
    {
        logging.AddConsole().AddConsoleFormatter<OneLineConsoleFormatter, ConsoleFormatterOptions>();
        logging.Services.PostConfigure<ConsoleLoggerOptions>(o =>
        {
            if (o.FormatterName is null or ConsoleFormatterNames.Simple) o.FormatterName = OneLineConsoleFormatter.FormatterName;
        });
        return logging;
    }
}
