using SkillCert.Tests.Integration.Api;
using SkillCert.Tests.Integration.Export;

namespace SkillCert.Tests.Integration.Deploy;

/// deploy/backup.sh and deploy/restore.sh keep what cannot be made again (keys, the export with its numbers and serial
/// floors, the rosters), so that after a lost disk the next export gives no number twice.
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class BackupTests
{
    private static async Task<(int ExitCode, string Stdout, string Stderr)> Script(string name, params string[] args) =>
        await ExternalTool.RunAsync("bash", [$"deploy/{name}", .. args]);

    private static Task<(int ExitCode, string Stdout, string Stderr)> BackUp(ExportScenario s, string archive) =>
        Script("backup.sh", "--export", s.Out, "--keys", Path.GetDirectoryName(s.IdKey)!, "--rosters", s.Rosters, "--out", archive);

    [Fact]
    public async Task After_a_restore_the_next_export_keeps_every_number_and_gives_none_twice()
    {
        using var s = new ExportScenario();
        var kept = s.Line(issued: "2024-05-01");
        s.Roster("000001", "2024-2", kept, s.Line(issued: "2024-06-01"));
        Assert.Equal(0, s.Export().ExitCode);
        // The second certificate's row leaves the rosters: only the export still knows that serial 2 was given.
        s.Roster("000001", "2024-2", kept);
        Assert.Equal(0, s.Export().ExitCode);
        var before = s.Column("SELECT number || '|' || hex(id_hash) || '|' || holder_name FROM certificates ORDER BY number");
        var archive = Path.Combine(s.Root, "backup.tar.gz");
        var backup = await BackUp(s, archive);
        Assert.True(backup.ExitCode == 0, backup.Stderr);

        // The disk is lost: the export, the keys and the rosters are gone.
        foreach (var folder in new[] { "out", "keys", "rosters" }) Directory.Delete(Path.Combine(s.Root, folder), recursive: true);
        var restored = Path.Combine(s.Root, "restored");
        var restore = await Script("restore.sh", archive, "--into", restored);
        Assert.True(restore.ExitCode == 0, restore.Stderr);

        File.WriteAllText(Path.Combine(restored, "rosters", "000001", "2024-3.csv"), ExportScenario.Header + "\n" + s.Line(issued: "2024-07-01") + "\n");
        var export = Path.Combine(restored, "export", "certificates.db");
        var next = s.Export(s.Request() with
        {
            Rosters = Path.Combine(restored, "rosters"), Out = export,
            SigningKeys = [Path.Combine(restored, "keys", Path.GetFileName(s.SigningKey))], IdKey = Path.Combine(restored, "keys", "id.key"),
        });
        Assert.True(next.ExitCode == 0, next.Stderr);
        var after = ExportRows.Column(export, "SELECT number || '|' || hex(id_hash) || '|' || holder_name FROM certificates ORDER BY number");
        Assert.Equal(before, after.Take(before.Count));
        Assert.Equal(after.Count, after.Select(a => a.Split('|')[0]).Distinct().Count());
        Assert.StartsWith("Y000014000001244000003|", after[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backup_is_readable_by_its_owner_only()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line(issued: "2024-05-01"));
        Assert.Equal(0, s.Export().ExitCode);
        var archive = Path.Combine(s.Root, "backup.tar.gz");
        Assert.Equal(0, (await BackUp(s, archive)).ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(archive));
    }

    [Fact]
    public async Task A_damaged_backup_is_refused_and_nothing_is_restored()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line(issued: "2024-05-01"));
        Assert.Equal(0, s.Export().ExitCode);
        var archive = Path.Combine(s.Root, "backup.tar.gz");
        Assert.Equal(0, (await BackUp(s, archive)).ExitCode);
        // Change one file inside the archive and pack it again, as a bad disk or a careless edit would.
        var unpacked = Directory.CreateDirectory(Path.Combine(s.Root, "unpacked")).FullName;
        Assert.Equal(0, (await ExternalTool.RunAsync("tar", ["-C", unpacked, "-xzf", archive])).ExitCode);
        File.AppendAllText(Path.Combine(unpacked, "backup", "keys", "id.key"), "x");
        var damaged = Path.Combine(s.Root, "damaged.tar.gz");
        Assert.Equal(0, (await ExternalTool.RunAsync("tar", ["-C", unpacked, "-czf", damaged, "backup"])).ExitCode);

        var restored = Path.Combine(s.Root, "restored");
        var restore = await Script("restore.sh", damaged, "--into", restored);
        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("备份已损坏", restore.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(restored) && Directory.EnumerateFileSystemEntries(restored).Any());
    }

    [Fact]
    public async Task A_restore_never_writes_over_a_folder_that_holds_files()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line(issued: "2024-05-01"));
        Assert.Equal(0, s.Export().ExitCode);
        var archive = Path.Combine(s.Root, "backup.tar.gz");
        Assert.Equal(0, (await BackUp(s, archive)).ExitCode);
        var restore = await Script("restore.sh", archive, "--into", Path.GetDirectoryName(s.Out)!);
        Assert.Equal(2, restore.ExitCode);
        Assert.Contains("不是空目录", restore.Stderr, StringComparison.Ordinal);
    }
}
