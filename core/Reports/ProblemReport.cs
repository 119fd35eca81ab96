namespace SkillCert.Core.Reports;

/// <summary>
/// A problem reported to the centre by e-mail: a subject and the lines that let the centre find what it is about (the
/// certificate and its verdict, or the institution, and the page's address), and <see cref="Contents"/> naming them for the
/// page that offers the link. Nothing is sent or stored by SkillCert:
/// the report becomes a <c>mailto:</c> link that the person's own mail program opens, already filled in.
/// </summary>
public sealed record ProblemReport(string Subject, string Contents, IReadOnlyList<string> Facts)
{
    /// <summary>What the person is asked to add under the facts.</summary>
    public const string Prompt = "请在下面写明您看到的情况（例如证书是从哪里得到的、哪里不对），并留下您的联系方式：";

    /// <summary>A report about a certificate as its result page showed it.</summary>
    public static ProblemReport OfCertificate(string number, string verdictHeadline, Uri page) =>
        new($"反映证书问题：{number}", "证书编号、核验结果", [$"证书编号：{number}", $"核验结果：{verdictHeadline}", $"页面地址：{page.AbsoluteUri}"]);

    /// <summary>A report about an institution of the catalogue.</summary>
    public static ProblemReport OfInstitution(string name, string seq, Uri page) =>
        new($"反映评价机构问题：{name}（机构代码 {seq}）", "机构名称、机构代码", [$"评价机构：{name}", $"机构代码：{seq}", $"页面地址：{page.AbsoluteUri}"]);

    /// <summary>The body: the facts, a blank line and the prompt, each line ended by CRLF as RFC 6068 asks.</summary>
    public string Body => string.Join("\r\n", [.. Facts, "", Prompt, ""]);

    /// <summary>
    /// <c>mailto:</c> with the subject and body percent-encoded as UTF-8 (RFC 6068). The address keeps its <c>@</c>, which
    /// some mail programs do not read back from <c>%40</c>.
    /// </summary>
    public string MailTo(string email) =>
        $"mailto:{Uri.EscapeDataString(email.Trim()).Replace("%40", "@", StringComparison.Ordinal)}?subject={Uri.EscapeDataString(Subject)}&body={Uri.EscapeDataString(Body)}";
}
