using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using SkillCert.VerifyApi.Http;

namespace SkillCert.Tests.Integration.Api;

/// <summary>No value a client sends can start a log line of its own.</summary>
public class LogLineTests
{
    private static string Write(string message, Exception? exception = null)
    {
        using var services = new ServiceCollection().AddLogging(l => l.WriteOneLinePerEntry()).BuildServiceProvider();
        var formatter = services.GetServices<ConsoleFormatter>().Single(f => f.Name == OneLineConsoleFormatter.FormatterName);
        using var text = new StringWriter();
        formatter.Write(new LogEntry<string>(LogLevel.Warning, "SkillCert.Test", new EventId(7), message, exception, (s, _) => s), null, text);
        return text.ToString();
    }

    [Fact]
    public void The_console_writes_a_message_with_a_newline_on_one_line()
    {
        var line = Write("number=Y000\nfail: SkillCert.Forged[1] all is well\r\u2028");
        Assert.Equal("warn: SkillCert.Test[7] number=Y000\\u000Afail: SkillCert.Forged[1] all is well\\u000D\\u2028\n", line);
    }

    [Fact]
    public void The_console_writes_an_exception_with_its_stack_on_the_same_line()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("bad\ninfo: forged");
        }
        catch (InvalidOperationException e)
        {
            thrown = e;
        }
        var line = Write("failed", thrown);
        Assert.EndsWith("\n", line, StringComparison.Ordinal);
        Assert.Equal(1, line.Count(c => c == '\n'));
        Assert.Contains("bad\\u000Ainfo: forged", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_logs_to_the_console_in_that_format_unless_told_otherwise()
    {
        await using var app = new VerifyApplication();
        Assert.Equal(OneLineConsoleFormatter.FormatterName, app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
    }

    [Fact]
    public async Task A_json_console_chosen_in_the_configuration_stays_json()
    {
        await using var app = new VerifyApplication(settings: new Dictionary<string, string?> { ["Logging:Console:FormatterName"] = "json" });
        Assert.Equal(ConsoleFormatterNames.Json, app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
    }

    [Fact]
    public async Task A_newline_typed_into_a_number_reaches_the_request_log_encoded()
    {
        await using var app = new VerifyApplication(settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Debug" });
        var response = await app.Client().GetAsync("/api/v1/certificates/Y000%0Afail:%20forged");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var line = Assert.Single(app.Logs, l => l.Contains("SkillCert.VerifyApi.Http.RequestLog", StringComparison.Ordinal));
        Assert.Contains("number=Y000\\u000Afail: forged", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }
}
