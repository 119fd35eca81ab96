using System.Globalization;
using SkillCert.Core.Identity;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Tests.Integration.Content;

/// A small content folder written inline to a temporary directory, deleted when the test ends.
internal sealed class ContentTree : IDisposable
{
    public const string OccupationA = "6-18-01-01";
    public const string OccupationB = "6-18-02-04";

    /// <param name="withDefaults">Writes site.yml and occupations.yml with three occupations.</param>
    /// <param name="parent">A folder of the caller's to put the tree in, instead of a new skillcert-content-* folder in the temporary folder.</param>
    public ContentTree(bool withDefaults = true, string? parent = null)
    {
        Root = parent is null
            ? Directory.CreateTempSubdirectory("skillcert-content-").FullName
            : Directory.CreateDirectory(Path.Combine(parent, Guid.NewGuid().ToString("N")[..12])).FullName;
        Directory.CreateDirectory(Path.Combine(Dir, "institutions"));
        Directory.CreateDirectory(Path.Combine(Dir, "pages"));
        if (!withDefaults) return;
        Write("site.yml", """
            title: "忻州市评价机构目录"
            authority: "忻州市人力资源和社会保障局"
            center: "忻州市职业技能鉴定服务中心"
            province: "14"
            base_url: "https://catalogue.example.org/"
            verify_url: "https://verify.example.org/"
            contact:
              phone: "0350-3020718"
            """);
        Write("occupations.yml", $"""
            - code: "{OccupationA}"
              name: "车工"
              trades: ["数控车工"]
            - code: "{OccupationB}"
              name: "焊工"
              trades: ["电焊工", "气焊工"]
            - code: "4-10-01-05"
              name: "养老护理员"
            """);
    }

    /// The folder above the content, where a test's site, cache and export go.
    public string Root { get; }

    public string Dir => Path.Combine(Root, "content");

    public string Out => Path.Combine(Root, "_site");

    /// Marks the files of a content folder (institutions, pages) as last written an hour ago: well before any load, so that
    /// a cache trusts their stamps (FileStamp.Settled).
    public void Settle(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Dir, folder))) File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
    }

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
        return path;
    }

    /// A check-correct credit code that differs for every number.
    public static string CreditCodeFor(int n)
    {
        var org = n.ToString("D8", CultureInfo.InvariantCulture);
        var body = "91140902" + org + CreditCode.OrganizationCheckCharacter(org);
        return body + CreditCode.ComputeCheckCharacter(body);
    }

    /// Writes institutions/&lt;seq&gt;.yml; <paramref name="extra"/> lines are appended (events, for example).
    public string Institution(int n, string? name = null, string filedOn = "2024-03-01", string scope = "", string extra = "")
    {
        var seq = n.ToString("D6", CultureInfo.InvariantCulture);
        var scopeLines = scope.Length > 0 ? scope : $"  - {{code: \"{OccupationA}\", trade: \"数控车工\", levels: [5, 4, 3]}}";
        return Write($"institutions/{seq}.yml", $$"""
            seq: "{{seq}}"
            category: Y
            route: "0000"
            name: "{{name ?? $"忻州示例机械{n}有限公司"}}"
            credit_code: "{{CreditCodeFor(n)}}"
            county: 忻府区
            address: "忻州市忻府区和平街{{n}}号"
            legal_representative: "王建国"
            industry: 通用设备制造业
            size: 中型
            ownership: 民营
            contact: {name: "联系人张秀英", phone: "13912345678", email: "private{{n}}@example.com"}
            filed_on: {{filedOn}}
            occupations:
            {{scopeLines}}
            {{extra}}
            """);
    }

    public string Page(string slug, string title, string body, int order = 1) => Write($"pages/{slug}.md", $"""
        ---
        title: "{title}"
        slug: "{slug}"
        date: 2020-03-12
        order: {order}
        summary: "{title}的摘要"
        ---

        {body}
        """);

    public (LoadedContent? Content, DiagnosticBag Bag) Load(DateOnly? asOf = null)
    {
        var bag = new DiagnosticBag();
        return (ContentLoader.Load(Dir, asOf ?? new DateOnly(2025, 1, 1), bag), bag);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
