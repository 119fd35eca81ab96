using SkillCert.Tests.Integration.Build;
using SkillCert.Tests.Integration.Cli;

namespace SkillCert.Tests.Integration.Corpus;

/// <summary>
/// The bad-content corpus (Corpus/Content/cases): each case is built with the real `skillcert build` over a folder that
/// already holds a good site. It must exit as expected.txt says and print the diagnostics it lists; when it fails, the
/// previous site must be byte for byte what it was, with no staging folder left behind.
/// </summary>
[Trait(SkillcertLaunch.Trait, SkillcertLaunch.Skillcert)]
public class ContentCorpusTests(ContentCorpusTests.GoodSite good) : IClassFixture<ContentCorpusTests.GoodSite>
{
    public const string Kind = "Content";
    public const string AsOf = "2025-06-30";

    public static TheoryData<string> Cases => CorpusCase.Names(Kind);

    private static Task<(int ExitCode, string Stdout, string Stderr)> Build(string root, string[] language) =>
        SkillcertProcess.RunInAsync(root, ["build", "--content", "content", "--templates", "templates", "--out", "_site", "--as-of", AsOf, .. language]);

    [Fact]
    public void The_corpus_has_at_least_forty_cases() => Assert.True(Cases.Count >= 40, $"{Cases.Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_content_case_fails_as_expected_and_leaves_the_site_alone(string name)
    {
        var c = CorpusCase.Read(Kind, name);
        await c.RunAsync(good.CopyInto, Build, root =>
        {
            if (c.ExitCode == 0)
            {
                Assert.All(c.Published, p => Assert.True(File.Exists(Path.Combine(root, "_site", p)), $"{name}: {p} was not published"));
                return;
            }
            Assert.Equal(good.Site, CorpusCase.Snapshot(Path.Combine(root, "_site")));
            Assert.Empty(Directory.EnumerateDirectories(Path.Combine(root, ".skillcert"), "staging-*"));
        });
    }

    /// <summary>The corpus's base content built once into a good site, which every case starts from.</summary>
    public sealed class GoodSite : IAsyncLifetime
    {
        private readonly string _root = Directory.CreateTempSubdirectory("skillcert-corpus-good-").FullName;

        public SortedDictionary<string, byte[]> Site { get; private set; } = [];

        public async Task InitializeAsync()
        {
            CorpusCase.CopyTree(Path.Combine(CorpusCase.CorpusFolder(Kind), "base"), Path.Combine(_root, "content"));
            CorpusCase.CopyTree(RepositoryPaths.SiteTemplates, Path.Combine(_root, "templates"));
            var (exit, stdout, stderr) = await Build(_root, []);
            Assert.True(exit == 0, $"the corpus's base content does not build:\n{stdout}\n{stderr}");
            Site = CorpusCase.Snapshot(Path.Combine(_root, "_site"));
        }

        /// <summary>Copies the good content, templates, site and build cache into a case's folder.</summary>
        public string CopyInto(string root)
        {
            foreach (var folder in new[] { "content", "templates", "_site", ".skillcert" })
                CorpusCase.CopyTree(Path.Combine(_root, folder), Path.Combine(root, folder));
            return root;
        }

        public Task DisposeAsync()
        {
            Directory.Delete(_root, recursive: true);
            return Task.CompletedTask;
        }
    }
}
