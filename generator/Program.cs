using System.CommandLine;
using SkillCert.Generator.Commands;

// The `skillcert` command: each subcommand lives in Commands/ and returns its exit code
// (0 success, 1 bad input or content, 2 usage or environment).
var root = new RootCommand("SkillCert: the catalogue of evaluation institutions and its certificates.");
root.Subcommands.Add(DecodeCommand.Create());
return await root.Parse(args).InvokeAsync();
