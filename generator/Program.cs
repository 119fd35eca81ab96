using System.CommandLine;
using SkillCert.Generator;
using SkillCert.Generator.Commands;

// The `skillcert` command: each subcommand lives in Commands/ and returns its exit code
// (0 success, 1 bad content or input, 2 usage or environment).
// Dates print as yyyy-MM-dd, in help and in messages, whatever the machine's locale.
IsoDates.Apply();
var root = new RootCommand("SkillCert: the catalogue of evaluation institutions and its certificates.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(CertificatesCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(DecodeCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(FormsCommand.Create());
root.Subcommands.Add(KeysCommand.Create());
root.Subcommands.Add(RosterTemplateCommand.Create());
root.Subcommands.Add(VerifyQrCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"skillcert: {error.Message}");
    Console.Error.WriteLine("Run 'skillcert --help' for usage.");
    return ExitCodes.UsageError;
}
return await parse.InvokeAsync();
