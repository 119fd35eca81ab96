using SkillCert.Core.Catalogue;
using SkillCert.Core.Exports;
using SkillCert.Core.Identity;
using SkillCert.Core.Institutions;
using SkillCert.Core.Numbers;
using SkillCert.Core.Occupations;
using SkillCert.Core.Rosters;
using SkillCert.Generator.Export;

namespace SkillCert.Tests.Unit.Fuzzing;

/// <summary>
/// One roster file through what the export does with it: the reader, every row's checks, and the ledger that numbers
/// the certificates. Each fuzzing thread has its own pool, buffers and hasher, as each export worker does.
/// </summary>
internal static class RosterFuzzTarget
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);

    private static readonly Institution Machinery = new()
    {
        Seq = "000001",
        Name = "忻州示例机械有限公司",
        CreditCode = "91140902MA0K00013L",
        County = "忻府区",
        FiledOn = new DateOnly(2022, 1, 1),
        Occupations = [new ScopeEntry("6-18-01-01", null, [5, 4, 3]), new ScopeEntry("6-18-02-04", "电焊工", [5, 4])],
        Events = [new FilingEvent(new DateOnly(2024, 12, 1), FilingEventType.Renewed, new DateOnly(2027, 12, 31))],
    };

    private static readonly CatalogueContent Catalogue = new(
        new SiteSettings
        {
            Title = "目录", Authority = "忻州市人力资源和社会保障局", Center = "忻州市职业技能鉴定服务中心", Province = "14",
            BaseUrl = new Uri("https://catalogue.example.org/"), VerifyUrl = new Uri("https://verify.example.org/"),
        },
        [new Occupation("6-18-01-01", "车工", ["数控车工", "普通车工"]), new Occupation("6-18-02-04", "焊工", ["电焊工", "气焊工"])],
        [Machinery]);

    private static readonly ThreadLocal<(CellPool Cells, RosterBuffers Buffers, IdHasher Hasher)> Worker =
        new(() => (new CellPool(), new RosterBuffers(), new IdHasher(Enumerable.Range(7, IdHasher.KeyLength).Select(i => (byte)i).ToArray())));

    public static List<ExportError> Csv(FuzzFile file) => Run(file, "rosters/000001/2025-1.csv", (roster, errors, onRow) =>
        CsvRosterReader.Read(roster, file.Bytes, 0, Worker.Value.Cells, Worker.Value.Buffers, errors, onRow));

    public static List<ExportError> Xlsx(FuzzFile file) => Run(file, "rosters/000001/2025-1.xlsx", (roster, errors, onRow) =>
        XlsxRosterReader.Read(roster, file.Bytes, 0, Worker.Value.Cells, errors, onRow));

    /// <summary>Reads, checks and numbers; a roster refused without a reason, or a problem that points nowhere, fails the property.</summary>
    private static List<ExportError> Run(FuzzFile file, string display, Func<RosterFile, List<ExportError>, Action<RosterRow>, RosterHeader?> read)
    {
        var roster = new RosterFile(display, display, "2025-1", display.EndsWith(".xlsx", StringComparison.Ordinal), null, null);
        var errors = new List<ExportError>();
        var problems = new List<RowProblem>();
        var rules = new RosterRules(Catalogue, Machinery, AsOf, Worker.Value.Hasher);
        var ledger = new InstitutionLedger(Machinery, new SerialAssigner(Machinery, "14", NumberForm.National22));
        var header = read(roster, errors, row =>
        {
            Assert.True(row.Origin.Line >= 1, "a row without a line");
            if (rules.Check(row, problems) is { } certificate) ledger.Add(certificate);
        });
        var outcome = ledger.Close([], new Dictionary<string, int>(), []);
        if (header is null) Assert.True(errors.Exists(e => !e.IsWarning), "the roster was refused without an error");
        Assert.All(errors, e => Assert.True(e.File == display && e.Line >= 0 && e.Message.Length > 0, e.ToString()));
        Assert.All(problems.Concat(outcome.Problems), p => Assert.True(p.Origin.Line >= 1 && p.Message.Length > 0, p.Message));
        Assert.All(outcome.Certificates, c => Assert.True(CertificateNumber.Decode(c.Number!, AsOf).WellFormed, c.Number));
        return errors;
    }
}
