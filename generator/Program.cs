using System.CommandLine;
using SkillCert.Generator;
using SkillCert.Generator.Commands;

// The `skillcert` command: each subcommand lives in Commands/ and returns its exit code
// (0 success, 1 bad content or input, 2 usage or environment).
var root = new RootCommand("SkillCert: the catalogue of evaluation institutions and its certificates.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(CertificatesCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(DecodeCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(FormsCommand.Create());
root.Subcommands.Add(KeysCommand.Create());
root.Subcommands.Add(RosterTemplateCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(VerifyQrCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"skillcert: {error.Message}");
    Console.Error.WriteLine("Run 'skillcert --help' for usage.");
    return ExitCodes.UsageError;
}
return await parse.InvokeAsync();

/// <summary>
/// Declared so that ASP.NET Core's generator (the preview's Kestrel comes with it) leaves the entry point internal: a
/// public Program here would clash with the verification service's in every project that references both.
/// </summary>
internal sealed partial class Program;
