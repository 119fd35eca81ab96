using SkillCert.Generator.Commands;
using SkillCert.Generator.Forms;
using static SkillCert.Tests.Integration.Export.ExportDocumentationTests;

namespace SkillCert.Tests.Integration.Forms;

/// The forms and the roster template are written down for the administrators and enterprises who run them.
public class FormsDocumentationTests
{
    [Fact]
    public void Every_option_of_the_forms_command_is_documented()
    {
        var section = Section("`skillcert forms`");
        foreach (var option in FormsCommand.Create().Options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal)))
            Assert.Contains($"`{option.Name}", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_file_the_forms_command_writes_is_documented()
    {
        var section = Section("`skillcert forms`");
        foreach (var name in new[] { FormFiles.Filing, FormFiles.Summary, FormFiles.Roster, FormFiles.Publicity, FormFiles.Stylesheet })
            Assert.Contains(name, section, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_option_of_the_roster_template_command_is_documented()
    {
        var section = Section("`skillcert roster-template`");
        foreach (var option in RosterTemplateCommand.Create().Options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal)))
            Assert.Contains($"`{option.Name}", section, StringComparison.Ordinal);
    }
}
