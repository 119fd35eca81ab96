namespace SkillCert.Tests.Integration.Export;

/// A reissue replaces a certificate with a new number: by a correction row (原证书编号) or a reissues: entry of the batch.
public class ReissueExportTests
{
    private const string Corrected = "Y000014000001244000001";

    [Fact]
    public void A_correction_row_replaces_the_certificate_it_names()
    {
        using var s = new ExportScenario();
        var id = s.NewId();
        s.RosterText("000001", "2024-3.csv", ExportScenario.Header + ",原证书编号\n" + s.Line(id: id, name: "张玮") + ",\n" +
            s.Line(id: id, name: "张伟", issued: "2024-10-08").Replace("1,张伟", "2,张伟", StringComparison.Ordinal) + "," + Corrected + "\n");
        s.Totals("000001", "2024-3", "passed: 1\n");
        var result = s.Export();
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
        [
            $"{Corrected}|张玮|revoked|2024-10-08|已更正，新证书 Y000014000001244000002||Y000014000001244000002",
            $"Y000014000001244000002|张伟|valid|||{Corrected}|",
        ], s.Column("SELECT number || '|' || holder_name || '|' || status || '|' || ifnull(revoked_on, '') || '|' || ifnull(revocation_reason, '') || '|' || " +
            "ifnull(replaces, '') || '|' || ifnull(replaced_by, '') FROM certificates ORDER BY number"));
    }

    [Fact]
    public void A_reissues_entry_of_the_batch_makes_a_row_the_correction_of_a_certificate()
    {
        using var s = new ExportScenario();
        var id = s.NewId();
        s.Roster("000001", "2024-3", s.Line(id: id, name: "张玮"));
        Assert.Equal(0, s.Export().ExitCode);
        // The misspelt name is corrected in place; the batch file says that row replaces the certificate already issued.
        s.Roster("000001", "2024-3", s.Line(id: id, name: "张伟"));
        File.AppendAllText(Path.Combine(s.Rosters, "000001", "2024-3.yml"), $"reissues:\n  - {{row: 1, replaces: {Corrected}}}\n");
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal([$"{Corrected}|revoked|Y000014000001244000002", $"Y000014000001244000002|valid|"],
            s.Column("SELECT number || '|' || status || '|' || ifnull(replaced_by, '') FROM certificates ORDER BY number"));
        // Exported again, the reissue keeps its number.
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(["Y000014000001244000002"], s.Column($"SELECT number FROM certificates WHERE replaces = '{Corrected}'"));
    }

    [Fact]
    public void Correcting_a_name_in_place_without_a_reissue_is_refused()
    {
        using var s = new ExportScenario();
        var id = s.NewId();
        s.Roster("000001", "2024-3", s.Line(id: id, name: "张玮"));
        Assert.Equal(0, s.Export().ExitCode);
        s.Roster("000001", "2024-3", s.Line(id: id, name: "张伟"));
        var result = s.Export();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-3.csv:2: 错误 SC7003: 姓名：证书 Y000014000001244000001 发证时的姓名是“张玮”", StringComparison.Ordinal));
    }
}
