using System.Text;

namespace SkillCert.Generator.Diagnostics;

/// <summary>
/// The reference page of every diagnostic code, made from <see cref="DiagnosticCatalogue"/>: docs/diagnostics.md is this
/// text, and <c>skillcert diagnostics</c> prints it, so the page cannot drift from the codes the program reports.
/// </summary>
public static class DiagnosticReference
{
    public static string Markdown(IEnumerable<DiagnosticEntry> entries)
    {
        var text = new StringBuilder();
        text.Append("# Diagnostics reference（问题代码说明）\n\n")
            .Append("<!-- Made by `skillcert diagnostics > docs/diagnostics.md` from generator/Diagnostics/DiagnosticCatalogue.cs; ")
            .Append("a test fails when this page and the catalogue differ. -->\n\n")
            .Append("Every problem prints as `file:line:column: 错误 SC2104: message`, in Chinese; `--lang en` (or `SKILLCERT_LANG=en`) ")
            .Append("prints `error`/`warning` and the English message, and `--json` prints one JSON object a line (see ")
            .Append("[the command line](command-line.md#messages-in-chinese-or-english-and-as-json)). ")
            .Append("每个问题都这样显示：文件:行:列: 错误（或 警告） 代码: 说明。错误会让生成或导出停下，原来的网站或导出文件保持原样；警告不会。\n");
        foreach (var e in entries)
        {
            text.Append('\n').Append("## ").Append(e.Code).Append(' ').Append(e.Severity == Severity.Error ? "错误 error" : "警告 warning").Append("\n\n")
                .Append("含义：").Append(e.Meaning).Append("\n\n")
                .Append("Meaning: ").Append(e.MeaningEn).Append("\n\n")
                .Append("怎么改：").Append(e.Fix).Append("\n\n")
                .Append("例子：\n\n```\n").Append(e.Example).Append("\n```\n");
        }
        return text.ToString();
    }
}
