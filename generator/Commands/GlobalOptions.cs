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
        Description = HelpWords.Of($"消息的语言：zh（中文，默认）或 en（英文）；环境变量 {LanguageChoice.Variable}=en 也可以", $"The language of messages: zh (Chinese, the default) or en (English); {LanguageChoice.Variable}=en does the same"),
        HelpName = "zh|en",
        Recursive = true,
        DefaultValueFactory = _ => LanguageChoice.Of(Environment.GetEnvironmentVariable(LanguageChoice.Variable)) == DiagnosticLanguage.English ? "en" : "zh",
    };

    public static Option<bool> Json() => new(JsonName)
    {
        Description = HelpWords.Of("每个问题输出为一行 JSON（code、severity、file、line、column、message、messageEn），decode 的结果也输出为 JSON；供程序和编辑器读取", "Print each problem as one JSON object a line (code, severity, file, line, column, message, messageEn), and decode's reports as JSON"),
        Recursive = true,
    };

    public static void AddTo(RootCommand root)
    {
        var lang = Lang();
        lang.AcceptOnlyFromAmong("zh", "en");
        root.Options.Add(lang);
        root.Options.Add(Json());
    }

    /// <summary>The diagnostic style a parsed command line asks for; the one its words ask for when --lang's value is none of zh and en.</summary>
    public static DiagnosticStyle StyleOf(ParseResult parse)
    {
        var lang = parse.GetResult(LangName) is { } given && given.Errors.Any() ? null : parse.GetValue<string>(LangName);
        return lang is null ? DiagnosticStyle.Current : new(LanguageChoice.Of(lang), parse.GetValue<bool>(JsonName));
    }

    /// <summary>
    /// The style the arguments ask for before they are parsed (<c>--lang en</c>, <c>--lang=en</c>, <c>--json</c>, else
    /// SKILLCERT_LANG), so that the commands' help and the parse errors are made in that language.
    /// </summary>
    public static DiagnosticStyle StyleOf(IReadOnlyList<string> args)
    {
        string? lang = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--") break;
            if (args[i] == LangName && i + 1 < args.Count) lang = args[i + 1];
            else if (args[i].StartsWith(LangName + "=", StringComparison.Ordinal) || args[i].StartsWith(LangName + ":", StringComparison.Ordinal))
                lang = args[i][(LangName.Length + 1)..];
        }
        lang ??= Environment.GetEnvironmentVariable(LanguageChoice.Variable);
        return new(LanguageChoice.Of(lang), args.Contains(JsonName));
    }
}
