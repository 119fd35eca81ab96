using System.CommandLine;

namespace SkillCert.Generator.Commands;

/// <summary>The <c>skillcert</c> command with every subcommand, built in one place so the docs' tests can read its options.</summary>
public static class SkillcertCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand(HelpWords.Of("SkillCert：评价机构目录和职业技能等级证书。", "SkillCert: the catalogue of evaluation institutions and its certificates."));
        GlobalOptions.AddTo(root);
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(CertificatesCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(DecodeCommand.Create());
        root.Subcommands.Add(DiagnosticsCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(FormsCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(RosterTemplateCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(VerifyQrCommand.Create());
        return root;
    }
}
