using System.Text;

namespace SkillCert.Tests.Integration.Export;

public class ExportPrivacyTests
{
    [Fact]
    public void No_full_ID_number_is_stored_in_any_text_or_blob_of_the_export()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line(), s.Line(gender: "女"), s.Line(documentType: "护照", id: "E98765432"));
        Assert.Equal(0, s.Export().ExitCode);
        s.IdNumbers.Add("E98765432");
        using var connection = s.OpenExport();
        var tables = s.Column("SELECT name FROM sqlite_master WHERE type = 'table'");
        var values = new List<string>();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    switch (reader.GetValue(i))
                    {
                        case string text: values.Add(text); break;
                        case byte[] blob: values.Add(Encoding.UTF8.GetString(blob)); values.Add(Convert.ToHexString(blob)); break;
                    }
                }
            }
        }
        Assert.NotEmpty(values);
        foreach (var id in s.IdNumbers)
        {
            Assert.DoesNotContain(values, v => v.Contains(id, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(values, v => v.Contains(Convert.ToHexString(Encoding.UTF8.GetBytes(id)), StringComparison.Ordinal));
        }
        var file = Encoding.UTF8.GetString(File.ReadAllBytes(s.Out));
        Assert.DoesNotContain(s.IdNumbers, id => file.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public void No_full_ID_number_is_printed_even_when_the_rows_are_wrong()
    {
        using var s = new ExportScenario();
        var id = s.NewId();
        s.Roster("000001", "2024-2",
            s.Line(id: id[..17] + (id[17] == '1' ? '2' : '1')),
            s.Line(gender: s.NewId()),
            s.Line(name: s.NewId()),
            s.Line(id: s.NewId(years: 30)));
        var result = s.Export();
        Assert.Equal(1, result.ExitCode);
        var report = File.ReadAllText(Path.Combine(s.Root, "errors.csv"));
        foreach (var printed in new[] { result.Stdout, result.Stderr, report })
            Assert.DoesNotContain(s.IdNumbers, number => printed.Contains(number, StringComparison.Ordinal) || printed.Contains(number[..17], StringComparison.Ordinal));
    }

    [Fact]
    public void Scores_are_not_exported()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line(theory: "73.5"));
        Assert.Equal(0, s.Export().ExitCode);
        Assert.DoesNotContain("73.5", Encoding.UTF8.GetString(File.ReadAllBytes(s.Out)), StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_export_is_written_readable_by_its_owner_only()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line());
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(s.Out));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_re_export_replaces_a_world_readable_export_with_one_readable_by_its_owner_only()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line());
        Assert.Equal(0, s.Export().ExitCode);
        File.SetUnixFileMode(s.Out, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        s.Roster("000001", "2024-3", s.Line(issued: "2024-10-08"));
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(s.Out));
    }
}
