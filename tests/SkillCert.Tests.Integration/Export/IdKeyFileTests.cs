using SkillCert.Tests.Integration.Api;

namespace SkillCert.Tests.Integration.Export;

/// The export's --id-key and --previous-id-key files: each way they go wrong stops the export with its diagnostic line
/// (the file, the code, what to do), exit code 2, before any roster is read and with nothing written.
public class IdKeyFileTests
{
    [Fact]
    public void A_missing_id_key_file_stops_the_export_with_SC9010()
    {
        using var s = new ExportScenario();
        var missing = Path.Combine(s.Root, "keys", "id.kye");
        var result = s.Export(s.Request() with { IdKey = missing });
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{missing}: 错误 SC9010: 证件号码密钥文件 {missing} 不存在；请检查 --id-key 写的路径", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(s.Out));
    }

    [Fact]
    public void A_key_file_of_the_wrong_length_stops_the_export_with_SC9012_and_its_length()
    {
        using var s = new ExportScenario();
        ExportFixture.WriteIdKey(s.IdKey, new byte[31]);
        var result = s.Export();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{s.IdKey}: 错误 SC9012: --id-key 给出的 {s.IdKey} 不是证件号码密钥", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("这个文件有 31 个字节", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_the_previous_id_key_is_SC9011_naming_that_option()
    {
        using var s = new ExportScenario();
        var folder = Path.Combine(s.Root, "keys");
        var result = s.Export(s.Request() with { PreviousIdKey = folder });
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{folder}: 错误 SC9011: 证件号码密钥文件 {folder} 读不出来（它不是普通文件", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("请确认 --previous-id-key 指向的是密钥文件本身", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_file_others_may_read_is_warned_about_with_SC9015_and_the_export_goes_on()
    {
        using var s = new ExportScenario();
        ExportFixture.WriteIdKey(s.IdKey, File.ReadAllBytes(s.IdKey), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var result = s.Export();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{s.IdKey}: 警告 SC9015: --id-key 给出的证件号码密钥文件 {s.IdKey} 权限是 0644", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"chmod 0400 {s.IdKey}", result.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(s.Out));
    }

    [Fact]
    public void A_key_file_only_its_owner_may_read_gets_no_warning()
    {
        using var s = new ExportScenario();
        var result = s.Export();
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("SC9015", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_file_given_as_the_id_key_is_SC9012_with_its_size()
    {
        using var s = new ExportScenario();
        ExportFixture.WriteIdKey(s.IdKey, new byte[5 * 1024 * 1024]);
        var result = s.Export();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{s.IdKey}: 错误 SC9012: --id-key 给出的 {s.IdKey} 不是证件号码密钥", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("这个文件有 5242880 个字节", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_given_through_a_pipe_is_read_and_the_export_goes_on()
    {
        // As `--id-key <(vault read …)` gives it: the key never touches the disk, and a pipe has no length.
        using var s = new ExportScenario();
        var key = Convert.ToHexString(File.ReadAllBytes(s.IdKey));
        var pipe = Path.Combine(s.Root, "keys", "id.pipe");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", ["-m", "600", pipe])) await mkfifo.WaitForExitAsync();
        var writer = Task.Run(() => File.WriteAllText(pipe, key + "\n"));
        var result = s.Export(s.Request() with { IdKey = pipe });
        if (!writer.IsCompleted)
        {
            // The export failed before it opened the pipe: open it here, so that the writer is not left waiting.
            using var drain = File.OpenRead(pipe);
            await drain.CopyToAsync(Stream.Null);
        }
        await writer;
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("SC901", result.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(s.Out));
    }
}
