using System.CommandLine;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Commands;

/// <summary><c>skillcert diagnostics [CODE...]</c>: what a code means and how to fix it; with no code, the whole reference page.</summary>
public static class DiagnosticsCommand
{
    public static Command Create()
    {
        var codes = new Argument<string[]>(HelpWords.Code) { Description = HelpWords.Of("要解释的代码，例如 SC2104；不写则列出全部", "Codes to explain, like SC2104; none for every code"), Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("diagnostics", HelpWords.Of("解释问题代码：含义、怎么改、例子（docs/diagnostics.md 就是它生成的）", "Explain diagnostic codes: what each means, how to fix it, an example (the source of docs/diagnostics.md)")) { codes };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(codes) ?? [];
            var unknown = wanted.Where(c => !DiagnosticCatalogue.Entries.Any(e => string.Equals(e.Code, c, StringComparison.OrdinalIgnoreCase))).ToList();
            foreach (var code in unknown)
                Console.Error.WriteLine(DiagnosticStyle.Current.Say($"skillcert diagnostics: 没有代码 {code}；代码像 SC2104 这样", $"skillcert diagnostics: there is no code {code}; codes look like SC2104"));
            if (unknown.Count > 0) return ExitCodes.UsageError;
            var entries = wanted.Length == 0 ? DiagnosticCatalogue.Entries
                : DiagnosticCatalogue.Entries.Where(e => wanted.Contains(e.Code, StringComparer.OrdinalIgnoreCase)).ToList();
            Console.Out.Write(DiagnosticReference.Markdown(entries));
            return ExitCodes.Success;
        });
        return command;
    }
}
