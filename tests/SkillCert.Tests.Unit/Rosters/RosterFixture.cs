using SkillCert.Core.Identity;
using SkillCert.Core.Catalogue;
using SkillCert.Core.Exports;
using SkillCert.Core.Institutions;
using SkillCert.Core.Occupations;
using SkillCert.Core.Rosters;
using SkillCert.Tests.Unit.Identity;

namespace SkillCert.Tests.Unit.Rosters;

/// A small catalogue and roster rows that pass every check unless a test changes a cell.
internal static class RosterFixture
{
    public static readonly DateOnly AsOf = new(2025, 6, 30);
    public static readonly DateOnly Issued = new(2024, 9, 18);

    /// A man born 1990-03-07 (odd 17th digit).
    public static readonly string ManId = IdentityGenerators.WithIdCheck("14090219900307123");

    /// A woman born 1992-11-20 (even 17th digit).
    public static readonly string WomanId = IdentityGenerators.WithIdCheck("14092319921120124");

    public static readonly byte[] IdKey = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    public static Institution Institution(params FilingEvent[] events) => new()
    {
        Seq = "000001",
        Name = "忻州示例机械有限公司",
        CreditCode = "91140900MA0K3PQ218",
        FiledOn = new DateOnly(2022, 1, 1),
        Occupations =
        [
            new ScopeEntry("6-18-01-01", null, [5, 4, 3]),
            new ScopeEntry("6-31-01-03", null, [5, 4]),
        ],
        Events = events,
    };

    public static CatalogueContent Catalogue(Institution? institution = null, string province = "14") => new(
        new SiteSettings
        {
            Title = "目录", Authority = "人社局", Center = "鉴定中心", Province = province,
            BaseUrl = new Uri("https://example.org/"), VerifyUrl = new Uri("https://verify.example.org/"),
        },
        [
            new Occupation("6-18-01-01", "车工", ["数控车工", "普通车工"]),
            new Occupation("6-31-01-03", "电工", []),
            new Occupation("4-03-02-01", "中式烹调师", []),
        ],
        [institution ?? Institution()]);

    /// A passing row; each (column, text) pair replaces one cell.
    public static RosterRow Row(params (RosterColumn Column, string Text)[] changes) => RowAt(2, changes);

    public static RosterRow RowAt(int line, params (RosterColumn Column, string Text)[] changes)
    {
        var cells = new[] { "1", "张伟", "男", "居民身份证", ManId, "5", "6-18-01-01", "车工", "—", "4", "80", "85", "", "2024-09-18", "", "", "" };
        foreach (var (column, text) in changes) cells[(int)column] = text;
        return new RosterRow(cells, new RowOrigin(0, line));
    }

    /// A passing row of a roster in the official 附件4 form: no 证件类型, 职业编码, 工种, 发证日期 or 证书编号 column, but
    /// 岗位 and 工龄; each (column, text) pair replaces one cell.
    public static RosterRow OfficialRow(params (RosterColumn Column, string Text)[] changes)
    {
        var full = Row(changes);
        var columns = RosterColumnSet.Of(RosterColumn.Seq, RosterColumn.Name, RosterColumn.Gender, RosterColumn.IdNumber, RosterColumn.Post,
            RosterColumn.Tenure, RosterColumn.OccupationName, RosterColumn.Level, RosterColumn.TheoryScore, RosterColumn.SkillScore,
            RosterColumn.PerformanceScore);
        var cells = RosterColumns.All.Select(c => columns.Has(c) ? full[c] : "").ToArray();
        cells[(int)RosterColumn.Post] = "操作工";
        foreach (var (column, text) in changes) cells[(int)column] = text;
        return new RosterRow(cells, full.Origin, columns);
    }

    /// The batch the fixture's rows belong to: issued on <see cref="Issued"/>.
    public static RosterBatch Batch => RosterBatch.Issued("2024-3", Issued);

    /// Checks one row against the fixture's catalogue and returns the record (or null) and the problems.
    public static (ExportedCertificate? Record, List<RowProblem> Problems) Check(RosterRow row, Institution? institution = null, DateOnly? asOf = null,
        RosterBatch? batch = null, CatalogueContent? catalogue = null)
    {
        var inst = institution ?? Institution();
        using var hasher = new IdHasher(IdKey);
        var problems = new List<RowProblem>();
        var record = new RosterRules(catalogue ?? Catalogue(inst), inst, asOf ?? AsOf, hasher).Check(row, problems, batch);
        return (record, problems);
    }

    /// The single problem of a row, asserting that there is exactly one.
    public static RowProblem Problem(RosterRow row, Institution? institution = null, DateOnly? asOf = null)
    {
        var (record, problems) = Check(row, institution, asOf);
        Assert.Null(record);
        return Assert.Single(problems);
    }
}
