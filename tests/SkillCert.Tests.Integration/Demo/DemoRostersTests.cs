using SkillCert.Core.Batches;
using SkillCert.Demo;
using SkillCert.Generator.Export;
using SkillCert.Tests.Integration.Build;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.Tests.Integration.Demo;

/// The demo exports a copy of the sample rosters in which one batch is in publicity on the day the demo is built.
public class DemoRostersTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("skillcert-demo-rosters-").FullName;

    private static RepositoryLayout Repository => new(RepositoryPaths.Root);

    public static TheoryData<string> Days => new() { "2026-11-26", "2027-02-28", "2031-07-01" };

    [Theory]
    [MemberData(nameof(Days))]
    public void The_live_batch_is_in_publicity_on_the_day_the_demo_is_built(string day)
    {
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var rosters = DemoRosters.Prepare(Repository, Path.Combine(_folder, "rosters"), today);
        var path = Path.Combine(rosters, DemoRosters.LiveBatch);
        var errors = new List<ExportError>();
        var batch = BatchFileReader.Read(path, path, null, errors);
        Assert.Empty(errors);
        Assert.Equal(BatchState.InPublicity, batch!.Lifecycle.StatusOn(today).State);
    }

    [Fact]
    public void The_copy_holds_every_sample_file_and_the_samples_stay_as_they_are()
    {
        var before = File.ReadAllText(Path.Combine(Repository.Rosters, DemoRosters.LiveBatch));
        var rosters = DemoRosters.Prepare(Repository, Path.Combine(_folder, "rosters"), new DateOnly(2030, 1, 15));
        Assert.Equal(Files(Repository.Rosters), Files(rosters));
        Assert.Equal(before, File.ReadAllText(Path.Combine(Repository.Rosters, DemoRosters.LiveBatch)));
    }

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToList();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
