using SkillCert.Core.Signing;
using SkillCert.Tests.Integration.Cli;

namespace SkillCert.Tests.Integration.Export;

[Trait(SkillcertLaunch.Trait, SkillcertLaunch.Skillcert)]
public class KeysCommandTests
{
    [Fact]
    public async Task Keys_new_writes_a_P256_private_key_readable_only_by_its_owner_and_prints_its_key_id()
    {
        using var s = new ExportScenario();
        var path = Path.Combine(s.Root, ".skillcert", "signing.pem");
        var (code, stdout, _) = await SkillcertProcess.RunAsync("keys", "new", "--out", path);
        Assert.Equal(0, code);
        using var key = SigningKey.FromPem(File.ReadAllText(path));
        Assert.Contains(key.KeyId, stdout, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public async Task Keys_new_id_key_writes_32_random_bytes_readable_only_by_its_owner()
    {
        using var s = new ExportScenario();
        var path = Path.Combine(s.Root, "id.key");
        Assert.Equal(0, (await SkillcertProcess.RunAsync("keys", "new", "--id-key", "--out", path)).ExitCode);
        Assert.Equal(32, new FileInfo(path).Length);
        Assert.NotEqual(new byte[32], File.ReadAllBytes(path));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public async Task An_existing_key_is_not_overwritten_without_force()
    {
        using var s = new ExportScenario();
        var before = File.ReadAllText(s.SigningKey);
        var (code, _, stderr) = await SkillcertProcess.RunAsync("keys", "new", "--out", s.SigningKey);
        Assert.Equal(2, code);
        Assert.Contains("--force", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(s.SigningKey));
        Assert.Equal(0, (await SkillcertProcess.RunAsync("keys", "new", "--out", s.SigningKey, "--force")).ExitCode);
        Assert.NotEqual(before, File.ReadAllText(s.SigningKey));
    }

    [Fact]
    public async Task Keys_public_prints_the_public_key_that_an_export_can_publish_in_place_of_the_private_one()
    {
        using var s = new ExportScenario();
        var (code, stdout, _) = await SkillcertProcess.RunAsync("keys", "public", s.SigningKey);
        Assert.Equal(0, code);
        var publicPath = Path.Combine(s.Root, "keys", "old.pub.pem");
        File.WriteAllText(publicPath, stdout);
        s.Roster("000001", "2024-2", s.Line());
        var next = s.NewSigningKey("next.pem");
        Assert.Equal(0, s.Export(publicPath, next).ExitCode);
        using var key = SigningKey.FromPem(File.ReadAllText(s.SigningKey));
        Assert.Contains(s.PublishedKeys(), k => k.KeyId == key.KeyId && k.Retired is not null);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Keys_new_force_replaces_a_wider_key_file_by_a_new_one_readable_only_by_its_owner()
    {
        using var s = new ExportScenario();
        File.SetUnixFileMode(s.IdKey, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        Assert.Equal(0, (await SkillcertProcess.RunAsync("keys", "new", "--id-key", "--out", s.IdKey, "--force")).ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(s.IdKey));
        Assert.Equal(["id.key", "signing.pem"], Directory.GetFileSystemEntries(Path.GetDirectoryName(s.IdKey)!).Select(Path.GetFileName).Order());
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Keys_new_force_replaces_a_symlink_by_a_file_and_never_writes_through_it()
    {
        using var s = new ExportScenario();
        var target = Path.Combine(s.Root, "elsewhere.txt");
        File.WriteAllText(target, "not a key");
        var link = Path.Combine(s.Root, "keys", "linked.key");
        File.CreateSymbolicLink(link, target);
        Assert.Equal(0, (await SkillcertProcess.RunAsync("keys", "new", "--id-key", "--out", link, "--force")).ExitCode);
        Assert.Null(new FileInfo(link).LinkTarget);
        Assert.Equal(32, new FileInfo(link).Length);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(link));
        Assert.Equal("not a key", File.ReadAllText(target));
    }

    [Fact]
    public async Task Without_force_a_symlink_at_the_destination_is_refused_even_when_it_points_nowhere()
    {
        using var s = new ExportScenario();
        var link = Path.Combine(s.Root, "keys", "dangling.key");
        File.CreateSymbolicLink(link, Path.Combine(s.Root, "nowhere", "id.key"));
        var (code, _, stderr) = await SkillcertProcess.RunAsync("keys", "new", "--id-key", "--out", link);
        Assert.Equal(2, code);
        Assert.Contains("--force", stderr, StringComparison.Ordinal);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.False(Directory.Exists(Path.Combine(s.Root, "nowhere")));
    }
}
