using System.CommandLine;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Commands;

/// <summary>Options every command takes, on the root command: the language of messages, and JSON for tools and editors.</summary>
public static class GlobalOptions
{
    public const string LangName = "--lang";
    public const string JsonName = "--json";

    public static Option<string> Lang() => new(LangName)
    {
        Description = $"The language of messages: zh (Chinese, the default) or en (English); {LanguageChoice.Variable}=en does the same",
        HelpName = "zh|en",
        Recursive = true,
        DefaultValueFactory = _ => LanguageChoice.Of(Environment.GetEnvironmentVariable(LanguageChoice.Variable)) == DiagnosticLanguage.English ? "en" : "zh",
    };

    public static Option<bool> Json() => new(JsonName)
    {
        Description = "Print each problem as one JSON object a line (code, severity, file, line, column, message, messageEn), and decode's reports as JSON",
        Recursive = true,
    };

    public static void AddTo(RootCommand root)
    {
        var lang = Lang();
        lang.AcceptOnlyFromAmong("zh", "en");
        root.Options.Add(lang);
        root.Options.Add(Json());
    }

    /// <summary>The diagnostic style a parsed command line asks for.</summary>
    public static DiagnosticStyle StyleOf(ParseResult parse) =>
        new(LanguageChoice.Of(parse.GetValue<string>(LangName)), parse.GetValue<bool>(JsonName));
}
