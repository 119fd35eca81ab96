using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using SkillCert.Generator;
using SkillCert.Generator.Commands;
using SkillCert.Generator.Diagnostics;

// The `skillcert` command: each subcommand lives in Commands/ and returns its exit code
// (0 success, 1 bad content or input, 2 usage or environment).
// Dates print as yyyy-MM-dd, in help and in messages, whatever the machine's locale.
IsoDates.Apply();
// System.CommandLine's own words are English under the invariant UI culture; HelpWords and CommandLineProblems put them in our language.
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
// The language is known before the commands are made, so that their help texts are written in it.
DiagnosticStyle.Current = GlobalOptions.StyleOf(args);
var root = SkillcertCommand.Create();

var parse = root.Parse(args);
DiagnosticStyle.Current = GlobalOptions.StyleOf(parse);
if (parse.Errors.Count > 0)
{
    DiagnosticPrinter.Print(CommandLineProblems.Of(parse), Console.Error);
    if (!DiagnosticStyle.Current.Json) Console.Error.WriteLine(CommandLineProblems.HelpHint(parse));
    return ExitCodes.UsageError;
}
if (parse.Action is HelpAction && !DiagnosticStyle.Current.English)
{
    using var help = new StringWriter();
    var exit = await parse.InvokeAsync(new InvocationConfiguration { Output = help });
    Console.Out.Write(HelpWords.InChinese(help.ToString()));
    return exit;
}
return await parse.InvokeAsync();

// Declared so that ASP.NET Core's generator (the preview's Kestrel comes with it) leaves the entry point internal: a
// public Program here would clash with the verification service's in every project that references both. A plain
// comment, not an XML doc: the service's OpenAPI generator reads the generator's docs, and two entries for Program break it.
internal sealed partial class Program;
