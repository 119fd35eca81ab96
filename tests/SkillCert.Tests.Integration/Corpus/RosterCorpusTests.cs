using SkillCert.Core.Identity;
using SkillCert.Core.Signing;
using SkillCert.Tests.Integration.Api;
using SkillCert.Tests.Integration.Cli;

namespace SkillCert.Tests.Integration.Corpus;

/// <summary>
/// The bad-roster corpus (Corpus/Rosters/cases): each case runs the real `skillcert export` over the base content and
/// rosters with the case laid over them, continuing from a good export at --out. It must exit as expected.txt says and
/// print the diagnostics it lists; when it fails, the previous export must be byte for byte what
/// it was and no temporary file may be left beside it.
/// </summary>
[Trait(SkillcertLaunch.Trait, SkillcertLaunch.Skillcert)]
public class RosterCorpusTests(RosterCorpusTests.GoodExport good) : IClassFixture<RosterCorpusTests.GoodExport>
{
    public const string Kind = "Rosters";
    public const string AsOf = "2025-06-30";
    private const string Export = "out/certificates.db";

    public static TheoryData<string> Cases => CorpusCase.Names(Kind);

    [Fact]
    public void The_corpus_has_at_least_thirty_cases() => Assert.True(Cases.Count >= 30, $"{Cases.Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_roster_case_fails_as_expected_and_leaves_the_export_alone(string name)
    {
        var c = CorpusCase.Read(Kind, name);
        await c.RunAsync(good.CopyInto, good.ExportAsync, root =>
        {
            Assert.Equal(["certificates.db"], Directory.EnumerateFileSystemEntries(Path.Combine(root, "out")).Select(Path.GetFileName));
            var now = File.ReadAllBytes(Path.Combine(root, Export));
            if (c.ExitCode != 0)
            {
                Assert.Equal(good.Bytes, now);
                return;
            }
            Assert.NotEqual(good.Bytes, now);
            var holders = ExportRows.Column(Path.Combine(root, Export), "SELECT holder_name FROM certificates");
            Assert.All(c.Holders, h => Assert.Contains(h, holders));
        });
    }

    /// <summary>The base content and rosters exported once with fresh keys; every case continues from that export.</summary>
    public sealed class GoodExport : IAsyncLifetime
    {
        private readonly string _root = Directory.CreateTempSubdirectory("skillcert-corpus-good-").FullName;

        public byte[] Bytes { get; private set; } = [];

        private string Keys => Path.Combine(_root, "keys");

        public async Task InitializeAsync()
        {
            foreach (var folder in new[] { "content", "rosters" })
                CorpusCase.CopyTree(Path.Combine(CorpusCase.CorpusFolder(Kind), "base", folder), Path.Combine(_root, folder));
            Directory.CreateDirectory(Keys);
            using (var key = SigningKey.Create()) File.WriteAllText(Path.Combine(Keys, "signing.pem"), key.ExportPrivateKeyPem());
            ExportFixture.WriteIdKey(Path.Combine(Keys, "id.key"), System.Security.Cryptography.RandomNumberGenerator.GetBytes(IdHasher.KeyLength));
            Directory.CreateDirectory(Path.Combine(_root, "out"));
            var (exit, stdout, stderr) = await ExportAsync(_root, []);
            Assert.True(exit == 0 && stderr.Length == 0, $"the corpus's base rosters do not export cleanly:\n{stdout}\n{stderr}");
            Bytes = File.ReadAllBytes(Path.Combine(_root, Export));
        }

        /// <summary>Runs the export in <paramref name="root"/> with the fixture's keys, so that printed paths are relative.</summary>
        public Task<(int ExitCode, string Stdout, string Stderr)> ExportAsync(string root, string[] language) =>
            SkillcertProcess.RunInAsync(root, ["export", "--rosters", "rosters", "--content", "content", "--out", Export,
                "--signing-key", Path.Combine(Keys, "signing.pem"), "--id-key", Path.Combine(Keys, "id.key"), "--as-of", AsOf, .. language]);

        /// <summary>Copies the good content, rosters and export into a case's folder.</summary>
        public string CopyInto(string root)
        {
            foreach (var folder in new[] { "content", "rosters", "out" })
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
