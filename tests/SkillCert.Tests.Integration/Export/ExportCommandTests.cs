using SkillCert.Core.Exports;
using SkillCert.Tests.Integration.Cli;

namespace SkillCert.Tests.Integration.Export;

[Trait(SkillcertLaunch.Trait, SkillcertLaunch.Skillcert)]
public class ExportCommandTests
{
    [Fact]
    public void A_clean_roster_becomes_one_certificate_per_row_with_new_numbers_in_issue_date_order()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-3", s.Line(name: "张伟", issued: "2024-09-18"), s.Line(name: "李娜", gender: "女", issued: "2024-09-02"));
        var result = s.Export();
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Y000014000001244000001", "Y000014000001244000002"], s.Column("SELECT number FROM certificates ORDER BY number"));
        Assert.Equal(["李*", "张*"], s.Column("SELECT masked_name FROM certificates ORDER BY number"));
        Assert.Equal(["2024-09-02", "2024-09-18"], s.Column("SELECT issued_on FROM certificates ORDER BY number"));
        Assert.Contains("的 2 本证书", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_export_has_exactly_the_schema_of_version_3()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-3", s.Line());
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(["batch_counts", "batches", "certificates", "institutions", "meta", "signing_keys"],
            s.Column("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        Assert.Equal(["certificates_by_holder", "certificates_by_institution"],
            s.Column("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"));
        Assert.Equal(["3"], s.Column($"SELECT value FROM meta WHERE key = '{ExportSchema.MetaKeys.SchemaVersion}'"));
        Assert.Equal(["batch", "replaces", "replaced_by"], s.Column("SELECT name FROM pragma_table_info('certificates') WHERE cid >= 15 ORDER BY cid"));
        Assert.Equal(["key_id", "public_key", "valid_from", "retired", "revoked"], s.Column("SELECT name FROM pragma_table_info('signing_keys') ORDER BY cid"));
        Assert.Equal([ExportScenario.AsOf], s.Column($"SELECT value FROM meta WHERE key = '{ExportSchema.MetaKeys.ExportedAt}'"));
        Assert.Equal(["national-22"], s.Column($"SELECT value FROM meta WHERE key = '{ExportSchema.MetaKeys.NumberForm}'"));
        Assert.Equal(["1"], s.Column($"SELECT value FROM meta WHERE key = '{ExportSchema.MetaKeys.CertificateCount}'"));
    }

    [Fact]
    public void Every_institution_of_the_catalogue_is_exported_with_its_status_on_the_export_date_and_its_filing()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-3", s.Line());
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(["000001|Y|14|expired", "000002|S|14|removed"], s.Column("SELECT seq || '|' || category || '|' || province || '|' || status FROM institutions ORDER BY seq"));
        var filing = FilingJson.Deserialize(s.Column("SELECT filing FROM institutions WHERE seq = '000002'").Single());
        Assert.Equal("已移出", filing.StatusOn(new DateOnly(2025, 6, 30)).Label);
    }

    [Fact]
    public void Numbers_given_in_the_roster_are_kept_and_new_ones_follow_them()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-3", s.Line(number: "Y000014000001244000007"), s.Line(issued: "2024-01-05"));
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(["Y000014000001244000007", "Y000014000001244000008"], s.Column("SELECT number FROM certificates ORDER BY number"));
    }

    [Fact]
    public void The_results_summary_counts_each_occupation_per_level_like_attachment_3()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-3", s.Line(level: "4"), s.Line(level: "5"), s.Line(level: "4", code: "6-31-01-03", occupation: "电工"));
        s.Totals("000001", "2024-3", "evaluated_on: 2024-08-31\napplicants: 5\nevaluated: 4\npassed: 3\n");
        var result = s.Export();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("申报人数 5 · 评价人数 4 · 合格人数 3", result.Stdout, StringComparison.Ordinal);
        var line = result.Stdout.Split('\n').Single(l => l.Contains("6-18-01-01 车工", StringComparison.Ordinal));
        Assert.Equal(["1", "1", "0", "0", "0", "2"], line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2..]);
    }

    [Fact]
    public void Synthetic_rosters_with_dashes_for_trades_and_scopes_without_trades_export_cleanly()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-3", s.Line(trade: "—", level: "五级/初级工"), s.Line(trade: "数控车工", level: "三级/高级工"));
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(["NULL", "数控车工"], s.Column("SELECT trade FROM certificates ORDER BY trade"));
    }

    [Fact]
    public async Task The_command_line_runs_the_export_and_exits_zero()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-3", s.Line());
        s.CompleteBatchFiles();
        var (code, stdout, _) = await Cli.SkillcertProcess.RunAsync("export", "--rosters", s.Rosters, "--content", s.Content, "--out", s.Out,
            "--signing-key", s.SigningKey, "--id-key", s.IdKey, "--as-of", ExportScenario.AsOf);
        Assert.Equal(0, code);
        Assert.Contains("的 1 本证书", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(s.Out));
    }

    [Fact]
    public async Task A_re_export_on_the_command_line_writes_the_same_file_as_one_in_process()
    {
        // The command sets SQLite to one thread per connection, without its locks (SqliteOneThreadPerConnection); the
        // workers' readers of the previous export and the writer must still give the bytes an export with the locks gives.
        using var s = new ExportScenario();
        s.Roster("000001", "2024-3", s.Line(name: "张伟"), s.Line(name: "李娜", gender: "女"));
        Assert.Equal(0, s.Export().ExitCode);
        var previous = Path.Combine(s.Root, "previous.db");
        File.Copy(s.Out, previous);
        s.Roster("000001", "2024-4", s.Line(name: "王芳", gender: "女", issued: "2024-10-08"));
        Assert.Equal(0, s.Export().ExitCode);
        var inProcess = File.ReadAllBytes(s.Out);

        File.Copy(previous, s.Out, overwrite: true);
        var (code, _, error) = await Cli.SkillcertProcess.RunAsync("export", "--rosters", s.Rosters, "--content", s.Content, "--out", s.Out,
            "--signing-key", s.SigningKey, "--id-key", s.IdKey, "--as-of", ExportScenario.AsOf);
        Assert.True(code == 0, error);
        Assert.Equal(3, s.Column("SELECT number FROM certificates").Count);
        Assert.True(inProcess.AsSpan().SequenceEqual(File.ReadAllBytes(s.Out)), "the command's export differs from the in-process one");
    }
}
