using System.CommandLine;
using SkillCert.Generator;
using SkillCert.Generator.Commands;
using SkillCert.Generator.Diagnostics;

// The `skillcert` command: each subcommand lives in Commands/ and returns its exit code
// (0 success, 1 bad content or input, 2 usage or environment).
// Dates print as yyyy-MM-dd, in help and in messages, whatever the machine's locale.
IsoDates.Apply();
var root = SkillcertCommand.Create();

var parse = root.Parse(args);
DiagnosticStyle.Current = GlobalOptions.StyleOf(parse);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"skillcert: {error.Message}");
    Console.Error.WriteLine("Run 'skillcert --help' for usage.");
    return ExitCodes.UsageError;
}
return await parse.InvokeAsync();

// Declared so that ASP.NET Core's generator (the preview's Kestrel comes with it) leaves the entry point internal: a
// public Program here would clash with the verification service's in every project that references both. A plain
// comment, not an XML doc: the service's OpenAPI generator reads the generator's docs, and two entries for Program break it.
internal sealed partial class Program;
