using System.Globalization;
using SkillCert.Generator.Certificates;
using SkillCert.Generator.Forms;
using SkillCert.Tests.Integration.Build;
using SkillCert.Tests.Integration.Export;

namespace SkillCert.Tests.Integration.Forms;

/// The forms of the sample rosters, made from their export on the day it was made: each batch gets its forms as far as
/// its lifecycle has come, and they match its roster row for row and the export's counts level by level.
public class SampleFormsTests(SampleFormsTests.SampleForms sample) : IClassFixture<SampleFormsTests.SampleForms>
{
    private static readonly string[] Publicised = ["reviewed", "in-publicity", "publicity-ended", "issued"];

    [Fact]
    public void The_forms_are_made_with_the_batch_sent_back_reported_as_a_warning()
    {
        Assert.True(sample.Export.ExitCode == 0, sample.Export.Stderr);
        Assert.True(sample.ExitCode == 0, sample.Stderr);
        Assert.Contains(sample.Stderr.Split('\n'), l => l.Contains("000003/2026-3.yml:7:9: 警告 SC7005: 批次 2026-3 已于 2026-09-16 被退回", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_batch_but_the_one_sent_back_gets_its_summary_and_roster_and_only_a_reviewed_one_its_publicity_list()
    {
        foreach (var (batch, state) in sample.Batches)
        {
            var folder = sample.PathOf(batch);
            if (state == "sent-back")
            {
                Assert.False(Directory.Exists(folder), batch);
                continue;
            }
            Assert.True(File.Exists(Path.Combine(folder, FormFiles.Summary + ".xlsx")), batch);
            Assert.True(File.Exists(Path.Combine(folder, FormFiles.Roster + ".xlsx")), batch);
            Assert.Equal(Publicised.Contains(state), File.Exists(Path.Combine(folder, FormFiles.Publicity + ".html")));
        }
    }

    [Fact]
    public void Each_roster_form_lists_its_roster_row_for_row()
    {
        foreach (var (batch, _) in sample.Batches.Where(b => b.State != "sent-back"))
        {
            var roster = Directory.EnumerateFiles(SampleForms.Rosters, batch.Replace('/', Path.DirectorySeparatorChar) + ".*")
                .Single(f => !f.EndsWith(".yml", StringComparison.Ordinal));
            var names = Names(roster);
            Assert.NotEmpty(names);
            Assert.Equal(names, Names(Path.Combine(sample.PathOf(batch), FormFiles.Roster + ".xlsx")));
        }
    }

    [Fact]
    public void Each_issued_batch_s_roster_form_numbers_its_rows_with_the_export_s_certificates_of_their_holders()
    {
        foreach (var (batch, _) in sample.Batches.Where(b => b.State == "issued"))
        {
            var rows = Body(Path.Combine(sample.PathOf(batch), FormFiles.Roster + ".xlsx"), out var header);
            var number = header.IndexOf(RosterForm.NumberColumn);
            var numbered = rows.Where(r => r[number].Length > 0).ToList();
            Assert.NotEmpty(numbered);
            var (seq, name) = Split(batch);
            Assert.Equal(sample.Export.Column($"SELECT number FROM certificates WHERE institution = '{seq}' AND batch = '{name}' ORDER BY number"),
                numbered.Select(r => r[number].Replace("（已撤销）", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            foreach (var row in numbered)
            {
                var certificate = row[number].Replace("（已撤销）", "", StringComparison.Ordinal);
                Assert.Equal([row[header.IndexOf("姓名")]], sample.Export.Column($"SELECT holder_name FROM certificates WHERE number = '{certificate}'"));
            }
        }
    }

    [Fact]
    public void Each_summary_counts_the_people_who_passed_level_by_level_as_the_export_counts_them()
    {
        foreach (var (batch, _) in sample.Batches.Where(b => b.State != "sent-back"))
        {
            var (seq, name) = Split(batch);
            // The export counts every row that checked; a reissue corrects one of them and is no one more who passed.
            var expected = new Dictionary<string, int[]>(StringComparer.Ordinal);
            foreach (var line in sample.Export.Column(
                "SELECT b.occupation_name || CASE ifnull(b.trade, '') WHEN '' THEN '' ELSE '（' || b.trade || '）' END || '|' || b.level || '|' || (b.publicised - (SELECT count(*) FROM certificates c " +
                "WHERE c.institution = b.institution AND c.batch = b.batch AND c.replaces IS NOT NULL AND c.occupation_code = b.occupation_code " +
                $"AND ifnull(c.trade, '') = ifnull(b.trade, '') AND c.level = b.level)) FROM batch_counts b WHERE b.institution = '{seq}' AND b.batch = '{name}'"))
            {
                var parts = line.Split('|');
                if (!expected.TryGetValue(parts[0], out var counts)) expected[parts[0]] = counts = new int[5];
                counts[5 - int.Parse(parts[1], CultureInfo.InvariantCulture)] += int.Parse(parts[2], CultureInfo.InvariantCulture);
            }
            var printed = SummaryLines(Path.Combine(sample.PathOf(batch), FormFiles.Summary + ".xlsx"));
            Assert.NotEmpty(printed);
            Assert.Equal(expected.Where(e => e.Value.Sum() > 0).OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, string.Join(",", e.Value))),
                printed.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, string.Join(",", e.Value))));
        }
    }

    private static (string Seq, string Batch) Split(string batch) => At(batch, '/');

    private static (string, string) At(string text, char separator)
    {
        var at = text.IndexOf(separator, StringComparison.Ordinal);
        return (text[..at], text[(at + 1)..]);
    }

    /// The rows under the header row (the one that starts with 序号) up to the first that is not a numbered row, as MiniExcel reads them.
    private static List<List<string>> Body(string path, out List<string> header)
    {
        var rows = FormsScenario.MiniExcelRows(path);
        var top = rows.FindIndex(r => r[0] == "序号");
        header = rows[top];
        return rows.Skip(top + 1).TakeWhile(r => int.TryParse(r[0], NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToList();
    }

    private static List<string> Names(string path)
    {
        var rows = Body(path, out var header);
        var column = header.IndexOf("姓名");
        return rows.Select(r => r[column]).ToList();
    }

    /// The occupation lines of a 附件3 workbook as ClosedXML reads them: the label, then the counts of levels 5 to 1.
    private static Dictionary<string, int[]> SummaryLines(string path)
    {
        var cells = FormsScenario.ClosedXmlCells(path);
        int? Count(int row, int column) =>
            int.TryParse(cells.GetValueOrDefault((row, column)), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        return cells.Where(c => c.Key.Column == 1 && c.Value != "合计" && Enumerable.Range(2, 6).All(col => Count(c.Key.Row, col) is not null))
            .ToDictionary(c => c.Value, c => Enumerable.Range(2, 5).Select(col => Count(c.Key.Row, col)!.Value).ToArray());
    }

    /// The sample rosters exported as <see cref="SampleProcessTests"/> exports them, then written as forms on the same day.
    public sealed class SampleForms : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("skillcert-sample-forms-").FullName;

        public SampleForms()
        {
            var request = new FormsRequest(Rosters, Export.Out, Out, CertificateFormat.Html, Path.Combine(RepositoryPaths.Root, "content"),
                RepositoryPaths.SiteTemplates, SampleProcessTests.SampleExport.AsOf);
            var error = new StringWriter();
            ExitCode = FormsRun.ExecuteAsync(request, TextWriter.Null, error).GetAwaiter().GetResult();
            Stderr = error.ToString();
            Batches = Export.Column("SELECT institution || '/' || batch || '|' || state FROM batches ORDER BY 1")
                .Select(l => At(l, '|')).ToList();
        }

        public SampleProcessTests.SampleExport Export { get; } = new();

        public static string Rosters => Path.Combine(RepositoryPaths.Root, "content", "samples", "rosters");

        public string Out => Path.Combine(_root, "forms");

        public int ExitCode { get; }

        public string Stderr { get; }

        /// Every batch of the export, as seq/batch, with its state.
        public List<(string Batch, string State)> Batches { get; }

        public string PathOf(string batch) => Path.Combine(Out, batch.Replace('/', Path.DirectorySeparatorChar));

        public void Dispose()
        {
            Export.Dispose();
            Directory.Delete(_root, recursive: true);
        }
    }
}
