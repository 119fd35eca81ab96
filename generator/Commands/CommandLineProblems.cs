using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Commands;

/// <summary>
/// System.CommandLine's parse errors as diagnostics in the process's language (SC9020 a word not known, SC9021 something
/// missing, SC9022 a value of the wrong form), placed at the command as typed (<c>skillcert build</c>). Its own messages
/// are English, and its zh-Hans resources translate only some of them, so each error is told again from the parse tree.
/// </summary>
public static class CommandLineProblems
{
    public static IReadOnlyList<Diagnostic> Of(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var where = CommandPath(parse.CommandResult);
        var problems = new List<Diagnostic>();
        foreach (var token in parse.UnmatchedTokens) problems.Add(Unknown(where, token, command));
        var commandLevel = false;
        foreach (var error in parse.Errors)
        {
            var problem = error.SymbolResult switch
            {
                OptionResult { IdentifierToken: null } o => MissingOption(where, o.Option),
                OptionResult { Tokens.Count: 0 } o => MissingValue(where, o.Option),
                OptionResult o => BadValue(where, o.Option.Name, o.Option.ValueType, Completions(o.Option), Text(o.Tokens), error.Message),
                ArgumentResult { Parent: OptionResult o } a => BadValue(where, o.Option.Name, o.Option.ValueType, Completions(o.Option), Text(a.Tokens), error.Message),
                ArgumentResult { Tokens.Count: 0 } a => MissingArgument(where, a.Argument),
                ArgumentResult a => BadValue(where, $"<{a.Argument.Name}>", a.Argument.ValueType, [], Text(a.Tokens), error.Message),
                _ => null,
            };
            if (problem is null) commandLevel = true;
            else if (!problems.Contains(problem)) problems.Add(problem);
        }
        if (!commandLevel) return problems;

        // Errors on the command itself: its unknown words (above), a required option or argument left out, no subcommand.
        var before = problems.Count;
        foreach (var option in OptionsOf(parse.CommandResult).Where(o => o.Required && parse.GetResult(o) is null))
        {
            var problem = MissingOption(where, option);
            if (!problems.Contains(problem)) problems.Add(problem);
        }
        foreach (var argument in command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0 && parse.GetResult(a) is null))
            problems.Add(MissingArgument(where, argument));
        // A word that is no command already says what is wrong; "a command is needed" would say it twice.
        if (command.Action is null && command.Subcommands.Count > 0 && parse.UnmatchedTokens.All(t => t.StartsWith('-')))
            problems.Add(MissingCommand(where, command));
        if (problems.Count == before && parse.UnmatchedTokens.Count == 0)
        {
            // An error this table does not know: its own words, under the nearest code, rather than nothing.
            foreach (var error in parse.Errors.Where(e => e.SymbolResult is not (OptionResult or ArgumentResult)))
                problems.Add(Error(DiagnosticCodes.UnknownWord, where, $"命令行有错：{error.Message}", error.Message));
        }
        return problems;
    }

    /// <summary>The line that follows the problems: where the command's usage is explained.</summary>
    public static string HelpHint(ParseResult parse)
    {
        var where = CommandPath(parse.CommandResult);
        return DiagnosticStyle.Current.Say($"运行 {where} --help 查看用法和每个选项的说明。", $"Run '{where} --help' for usage.");
    }

    private static Diagnostic Unknown(string where, string token, Command command)
    {
        if (token.StartsWith('-'))
            return Error(DiagnosticCodes.UnknownWord, where, $"不认识的选项 {token}；请检查拼写，{where} --help 列出它的所有选项",
                $"unknown option {token}; check its spelling ('{where} --help' lists every option)");
        if (command.Subcommands.Count > 0)
        {
            var names = string.Join("、", command.Subcommands.Select(c => c.Name));
            return Error(DiagnosticCodes.UnknownWord, where, $"没有命令“{token}”；可用的命令有：{names}",
                $"there is no command '{token}'; the commands are: {string.Join(", ", command.Subcommands.Select(c => c.Name))}");
        }
        return Error(DiagnosticCodes.UnknownWord, where, $"多出来一个值“{token}”：它前面没有选项；值里有空格时，请给整个值加上引号",
            $"'{token}' is a value that no option takes; put quotes around a value with spaces");
    }

    private static Diagnostic MissingValue(string where, Option option) => Error(DiagnosticCodes.MissingWord, where,
        $"选项 {option.Name} 后面要写一个值{Example(option)}", $"the option {option.Name} needs a value{ExampleEn(option)}");

    private static Diagnostic MissingOption(string where, Option option) => Error(DiagnosticCodes.MissingWord, where,
        $"缺少必填的选项 {option.Name}：{Described(option)}{Example(option)}", $"the option {option.Name} is required{ExampleEn(option)}");

    private static Diagnostic MissingArgument(string where, Argument argument) => Error(DiagnosticCodes.MissingWord, where,
        $"{where} 后面缺少 <{argument.Name}>：{Described(argument)}", $"the argument <{argument.Name}> is missing after {where}");

    private static Diagnostic MissingCommand(string where, Command command) => Error(DiagnosticCodes.MissingWord, where,
        $"{where} 后面要写一个命令：{string.Join("、", command.Subcommands.Select(c => c.Name))}",
        $"{where} needs a command: {string.Join(", ", command.Subcommands.Select(c => c.Name))}");

    private static Diagnostic BadValue(string where, string name, Type type, IReadOnlyList<string> choices, string value, string message)
    {
        var (zh, en) = type switch
        {
            _ when type == typeof(DateOnly) || type == typeof(DateTime) =>
                ($"不是 {IsoDates.Format} 格式的日期；请写成 2025-01-01 这样", $"is not a date; write it as {IsoDates.Format}, like 2025-01-01"),
            _ when choices.Count > 0 =>
                ($"不是可选的值；只能写 {string.Join(" 或 ", choices)}", $"is not one of the choices: {string.Join(", ", choices)}"),
            _ when type == typeof(int) || type == typeof(long) =>
                ("不是整数；请写成 8080 这样的数字", "is not a whole number"),
            _ => ($"不对（{message}）", $"is not valid: {message}"),
        };
        return Error(DiagnosticCodes.BadValue, where, $"{name} 的值“{value}”{zh}", $"{name} \"{value}\" {en}");
    }

    private static IReadOnlyList<string> Completions(Option option) =>
        option.ValueType == typeof(bool) ? [] : option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();

    private static string Text(IReadOnlyList<Token> tokens) => string.Join(" ", tokens.Select(t => t.Value));

    /// <summary>The option's or argument's own help text, which says what it is.</summary>
    private static string Described(Symbol symbol) => symbol.Description ?? symbol.Name;

    private static string Example(Option option) => option.HelpName is { } form ? $"，写法：{option.Name} <{form}>" : "";

    private static string ExampleEn(Option option) => option.HelpName is { } form ? $": {option.Name} <{form}>" : "";

    /// <summary>"skillcert keys new": the command as typed, from the root down.</summary>
    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
            if (r is CommandResult c) names.Insert(0, c.Command is RootCommand ? "skillcert" : c.Command.Name);
        return string.Join(' ', names);
    }

    private static IEnumerable<Option> OptionsOf(CommandResult result)
    {
        foreach (var option in result.Command.Options) yield return option;
        for (var parent = result.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
            foreach (var option in parent.Command.Options.Where(o => o.Recursive)) yield return option;
    }

    private static Diagnostic Error(string code, string where, string zh, string en) => new(Severity.Error, code, where, 0, 0, zh, en);
}
