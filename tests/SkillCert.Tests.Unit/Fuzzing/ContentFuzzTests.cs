using CsCheck;
using SkillCert.Core.Occupations;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;
using SkillCert.Rendering.Templates;

namespace SkillCert.Tests.Unit.Fuzzing;

/// <summary>
/// The YAML content loader, file by file, fed hostile bytes through the same decoding the loader uses: it may only
/// answer with diagnostics, never throw or hang, every diagnostic must point into the file, and a file it gives up on
/// must carry at least one error saying why.
/// </summary>
[Trait("Category", "Fuzz")]
public class ContentFuzzTests
{
    private static readonly Dictionary<string, Occupation> Known = new(StringComparer.Ordinal)
    {
        ["6-18-01-01"] = new("6-18-01-01", "车工", ["数控车工"]),
        ["6-18-02-04"] = new("6-18-02-04", "焊工", ["电焊工", "气焊工"]),
    };

    /// <summary>Decodes like the loader, runs the reader on the text, and checks what it reported.</summary>
    private static void Load(FuzzFile file, string display, Func<string, DiagnosticBag, bool> read)
    {
        var bag = new DiagnosticBag();
        var text = SourceText.Decode(file.Bytes, display, bag);
        var usable = text is not null && read(text, bag);
        if (!usable) Assert.True(bag.HasErrors, $"{display} was refused without an error");
        // YAML also breaks lines at a lone CR and at NEL, LS and PS, as old editors do; this bounds the line numbers.
        var lines = text is null ? 1 : text.Count(c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029') + 1;
        foreach (var d in bag.Items)
        {
            Assert.Equal(display, d.File);
            Assert.InRange(d.Line, 0, lines + 1);
            Assert.True(d.Column >= 0 && d.Message.Length > 0, d.ToString());
        }
    }

    [Fact]
    public void The_institution_reader_survives_hostile_files() =>
        FuzzEdits.Bytes([FuzzSeeds.Institution], FuzzSeeds.YamlTokens)
            .Sample(b => FuzzBudget.Run(b, bytes => Load(bytes, "institutions/000001.yml",
                (text, bag) => InstitutionReader.Parse(text, "institutions/000001.yml", Known, "occupations.yml", bag) is not null)), iter: FuzzBudget.Inputs);

    [Fact]
    public void The_site_settings_reader_survives_hostile_files() =>
        FuzzEdits.Bytes([FuzzSeeds.Site], FuzzSeeds.YamlTokens)
            .Sample(b => FuzzBudget.Run(b, bytes => Load(bytes, "site.yml", (text, bag) => SiteSettingsReader.Parse(text, "site.yml", bag) is not null)),
                iter: FuzzBudget.Inputs);

    [Fact]
    public void The_occupations_reader_survives_hostile_files() =>
        FuzzEdits.Bytes([FuzzSeeds.Occupations], FuzzSeeds.YamlTokens)
            .Sample(b => FuzzBudget.Run(b, bytes => Load(bytes, "occupations.yml", (text, bag) =>
            {
                OccupationReader.Parse(text, "occupations.yml", bag);
                return true;
            })), iter: FuzzBudget.Inputs);

    [Fact]
    public void The_page_reader_survives_hostile_front_matter_and_markdown() =>
        FuzzEdits.Bytes([FuzzSeeds.Page], FuzzSeeds.MarkdownTokens)
            .Sample(b => FuzzBudget.Run(b, bytes => Load(bytes, "pages/filing-steps.md", (text, bag) => PageReader.Parse(text, "pages/filing-steps.md", bag) is not null)),
                iter: FuzzBudget.Inputs);
}
