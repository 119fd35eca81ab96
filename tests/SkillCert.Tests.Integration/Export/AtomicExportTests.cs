using System.Security.Cryptography;
using SkillCert.Tests.Integration.Api;

namespace SkillCert.Tests.Integration.Export;

public class AtomicExportTests
{
    [Fact]
    public void On_any_error_the_previous_export_stays_byte_for_byte_and_no_file_is_left_behind()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line());
        Assert.Equal(0, s.Export().ExitCode);
        var before = SHA256.HashData(File.ReadAllBytes(s.Out));
        var stamp = File.GetLastWriteTimeUtc(s.Out);

        s.Roster("000001", "2024-3", s.Line(level: "9"));
        var result = s.Export();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("certificates.db 保持原样", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(s.Out)));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(s.Out));
        Assert.Equal(["certificates.db"], Directory.GetFiles(Path.GetDirectoryName(s.Out)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Without_a_previous_export_an_error_leaves_no_export_at_all()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-3", s.Line(level: "9"));
        Assert.Equal(1, s.Export().ExitCode);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(s.Out)!));
    }

    [Fact]
    public void The_report_lists_every_error_as_CSV()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-3", s.Line(level: "9"), s.Line(theory: "200"));
        Assert.Equal(1, s.Export().ExitCode);
        var lines = File.ReadAllLines(Path.Combine(s.Root, "errors.csv"));
        Assert.Equal("severity,code,file,line,column,message,message_en", lines[0].TrimStart('\uFEFF'));
        Assert.Contains(lines, l => l.StartsWith("error,SC7003,", StringComparison.Ordinal) && l.Contains(",2,评价等级,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",3,理论成绩,", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_inputs_date_and_keys_give_a_byte_identical_export()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line(), s.Line(level: "5"), s.Line(code: "6-31-01-03", occupation: "电工"));
        s.Roster("000001", "2023-4", s.Line(issued: "2023-11-02"));
        s.Revocations("Y000014000001234000001,2024-01-05,撤销");
        Assert.Equal(0, s.Export().ExitCode);
        var first = File.ReadAllBytes(s.Out);
        File.Delete(s.Out);
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(first, File.ReadAllBytes(s.Out));
    }

    [Fact]
    public void A_re_export_of_unchanged_rosters_gives_the_same_bytes_again()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line(), s.Line(level: "5"));
        Assert.Equal(0, s.Export().ExitCode);
        var first = File.ReadAllBytes(s.Out);
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(first, File.ReadAllBytes(s.Out));
    }

    [Fact]
    public void A_missing_rosters_folder_is_a_usage_error()
    {
        using var s = new ExportScenario();
        var result = s.Export(new Generator.Export.ExportRequest(Path.Combine(s.Root, "nowhere"), s.Content, s.Out, [s.SigningKey], s.IdKey, null,
            new DateOnly(2025, 6, 30)));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--rosters", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_signing_key_is_a_usage_error()
    {
        using var s = new ExportScenario();
        File.WriteAllText(s.SigningKey, "not a key");
        var result = s.Export();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--signing-key", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_key_of_the_wrong_length_is_a_usage_error()
    {
        using var s = new ExportScenario();
        ExportFixture.WriteIdKey(s.IdKey, new byte[31]);
        Assert.Equal(2, s.Export().ExitCode);
    }

    [Fact]
    public void A_file_at_out_that_is_not_an_export_is_left_alone_and_is_a_usage_error()
    {
        using var s = new ExportScenario();
        File.WriteAllText(s.Out, "precious");
        s.Roster("000001", "2024-2", s.Line());
        Assert.Equal(2, s.Export().ExitCode);
        Assert.Equal("precious", File.ReadAllText(s.Out));
    }
}
