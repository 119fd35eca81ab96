using System.Text;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SkillCert.Core.Identity;
using SkillCert.Core.Signing;
using SkillCert.Generator.Export;
using SkillCert.Tests.Integration.Api;

namespace SkillCert.Tests.Integration.Export;

/// A content tree, a rosters folder and keys in a temporary directory, written inline by each test, and the export
/// run over them. Institution 000001 (Y) is active from 2022-01-01 to 2024-12-31 with 车工 and 电工 in its scope;
/// 000002 (S) was removed on 2023-03-01.
internal sealed class ExportScenario : IDisposable
{
    public const string Header = "序号,姓名,性别,证件类型,证件号码,岗位工龄,职业编码,申报职业,工种,评价等级,理论成绩,技能成绩,业绩评审成绩,发证日期,证书编号";
    public const string AsOf = "2025-06-30";

    /// <summary>
    /// The lifecycle every batch of a scenario gets unless the test writes its own or asks for none: reviewed and
    /// publicised early in 2019 and issued on 2019-01-11, so that a row of any later date is issued, as rosters were before
    /// batches recorded their process. Tests of the process itself write their own.
    /// </summary>
    public const string IssuedLifecycle = """
        submitted_on: 2019-01-02
        review: {on: 2019-01-03, by: 忻州市职业技能鉴定服务中心, outcome: 通过}
        publicity: {from: 2019-01-04, to: 2019-01-10, place: 企业公告栏}
        issued_on: 2019-01-11

        """;

    private readonly HashSet<string> _bare = new(StringComparer.Ordinal);

    private int _people;

    public ExportScenario()
    {
        Root = Directory.CreateTempSubdirectory("skillcert-export-").FullName;
        Directory.CreateDirectory(Path.Combine(Content, "institutions"));
        Directory.CreateDirectory(Rosters);
        Directory.CreateDirectory(Path.GetDirectoryName(Out)!);
        Write(Path.Combine(Content, "site.yml"), """
            title: "目录"
            authority: "忻州市人力资源和社会保障局"
            center: "忻州市职业技能鉴定服务中心"
            province: "14"
            base_url: "https://catalogue.example.org/"
            verify_url: "https://verify.example.org/"
            certificate_query_url: "http://jndj.osta.org.cn/"
            institution_query_url: "http://pjjg.osta.org.cn/"
            """);
        Write(Path.Combine(Content, "occupations.yml"), """
            - {code: "6-18-01-01", name: "车工", trades: ["数控车工", "普通车工"]}
            - {code: "6-31-01-03", name: "电工"}
            - {code: "4-03-02-01", name: "中式烹调师"}
            """);
        Institution("000001", "Y", "2022-01-01", "", """
              - {code: "6-18-01-01", levels: [5, 4, 3]}
              - {code: "6-31-01-03", levels: [5, 4]}
            """);
        Institution("000002", "S", "2020-06-01", """
            events:
              - {on: 2023-03-01, type: removed, note: "违规开展认定"}
            """, """
              - {code: "6-31-01-03", levels: [5, 4]}
            """);
        SigningKey = NewSigningKey("signing.pem");
        IdKey = Path.Combine(Root, "keys", "id.key");
        ExportFixture.WriteIdKey(IdKey, Enumerable.Range(7, 32).Select(i => (byte)i).ToArray());
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string Rosters => Path.Combine(Root, "rosters");

    public string Out => Path.Combine(Root, "out", "certificates.db");

    public string SigningKey { get; }

    public string IdKey { get; }

    /// Every ID number a test has put in a roster, to prove none of them leaks.
    public List<string> IdNumbers { get; } = [];

    public void Institution(string seq, string category, string filedOn, string events, string scope, string? name = null)
    {
        var region = "140902";
        var org = $"MA0K{seq[2..]}";
        org += CreditCode.OrganizationCheckCharacter(org);
        var body = $"91{region}{org}";
        var credit = body + CreditCode.ComputeCheckCharacter(body);
        Write(Path.Combine(Content, "institutions", seq + ".yml"), $"""
            seq: "{seq}"
            category: "{category}"
            route: "0000"
            name: "{name ?? $"忻州示例{seq}有限公司"}"
            credit_code: "{credit}"
            county: "忻府区"
            filed_on: {filedOn}
            occupations:
            {scope}
            {events}
            """);
    }

    /// A new person's check-correct ID number: born 1990 (plus <paramref name="years"/>), male unless said otherwise.
    public string NewId(bool male = true, int years = 0)
    {
        var n = Interlocked.Increment(ref _people);
        var first17 = $"140902{1990 + years}0{1 + n % 9}1{n % 10}{n / 10 % 10:0}{n % 7}{(male ? 1 : 2)}";
        var id = first17 + IdNumber.ComputeCheckCharacter(first17);
        IdNumbers.Add(id);
        return id;
    }

    /// A roster line for a new person; every cell can be overridden by name.
    public string Line(string? id = null, string name = "张伟", string gender = "男", string code = "6-18-01-01", string occupation = "车工",
        string trade = "—", string level = "4", string issued = "2024-09-18", string number = "", string theory = "80", string documentType = "居民身份证") =>
        $"1,{name},{gender},{documentType},{id ?? NewId(gender == "男")},5,{code},{occupation},{trade},{level},{theory},85,,{issued},{number}";

    public string Roster(string seq, string batch, params string[] lines) =>
        RosterText(seq, batch + ".csv", Header + "\n" + string.Join("\n", lines) + "\n");

    public string RosterText(string seq, string file, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(Rosters, seq, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public void Totals(string seq, string batch, string yaml) => Write(Path.Combine(Rosters, seq, batch + ".yml"), yaml);

    /// <summary>Leaves a batch without a lifecycle: its batch file, if any, stays as the test wrote it.</summary>
    public void WithoutLifecycle(string seq, string batch) => _bare.Add(Path.Combine(seq, batch));

    /// <summary>
    /// Gives every roster without a lifecycle in its batch file <see cref="IssuedLifecycle"/>, creating the file when there is
    /// none, except for the batches of <see cref="WithoutLifecycle"/>. Every export of the scenario does this first.
    /// </summary>
    public void CompleteBatchFiles()
    {
        foreach (var roster in Directory.EnumerateFiles(Rosters, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".xlsx", StringComparison.Ordinal)))
        {
            if (Path.GetFileName(roster) == "revocations.csv") continue;
            var batch = Path.ChangeExtension(roster, ".yml");
            if (_bare.Contains(Path.GetRelativePath(Rosters, Path.ChangeExtension(roster, null)))) continue;
            var text = File.Exists(batch) ? File.ReadAllText(batch) : "";
            if (text.Contains("submitted_on", StringComparison.Ordinal) || text.Contains("issued_on", StringComparison.Ordinal)) continue;
            File.WriteAllText(batch, (text.Length > 0 && !text.EndsWith('\n') ? text + "\n" : text) + IssuedLifecycle);
        }
    }

    public void Revocations(params string[] lines) =>
        Write(Path.Combine(Rosters, "revocations.csv"), "number,date,reason\n" + string.Join("\n", lines) + "\n");

    public string NewSigningKey(string file)
    {
        using var key = Core.Signing.SigningKey.Create();
        var path = Path.Combine(Root, "keys", file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, key.ExportPrivateKeyPem());
        return path;
    }

    /// Runs the export in this process, as the command does, with the scenario's folders and keys.
    public ExportResult Export(params string[] signingKeys) => Export(Request(signingKeys));

    /// The export's options with the scenario's folders and keys, for a test to change one of them.
    public ExportRequest Request(params string[] signingKeys) => new(Rosters, Content, Out,
        signingKeys.Length > 0 ? signingKeys : [SigningKey], IdKey, Path.Combine(Root, "errors.csv"), DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture));

    /// Runs the export with --revoke-key for each of <paramref name="revokeKeys"/>.
    public ExportResult Revoking(IReadOnlyList<string> revokeKeys, params string[] signingKeys) =>
        Export(Request(signingKeys) with { RevokeKeys = revokeKeys });

    public ExportResult Export(ExportRequest request)
    {
        CompleteBatchFiles();
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ExportRun.Execute(request, output, error);
        return new ExportResult(code, output.ToString(), error.ToString(), request.Out);
    }

    public SqliteConnection OpenExport()
    {
        var connection = new SqliteConnection($"Data Source={Out};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    public List<string> Column(string sql)
    {
        using var connection = OpenExport();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.IsDBNull(0) ? "NULL" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return values;
    }

    /// The export's signing keys, read as every reader reads them; a damaged one fails the test.
    public IReadOnlyList<PublishedKey> PublishedKeys()
    {
        using var connection = OpenExport();
        var header = ExportHeader.Read(connection);
        Assert.Empty(header.Problems);
        return header.Keys;
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine; the temp folder is cleaned by the OS later.
        }
    }
}
