using System.Globalization;
using System.Net;
using System.Text;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Preview;

/// <summary>
/// The panel laid over a preview page when a check fails: every error with its file, line and column, the message, and
/// the line of the file with a marker under the column; warnings follow, folded. Plain HTML with classes only, styled by
/// the preview's own stylesheet, so that a strict Content-Security-Policy lets it show.
/// </summary>
public static class ProblemOverlay
{
    public static string Render(IReadOnlyList<Diagnostic> problems, bool hasLastGood, string? changesLink)
    {
        var errors = problems.Where(p => p.IsError).ToArray();
        var warnings = problems.Where(p => !p.IsError).ToArray();
        var html = new StringBuilder();
        html.Append("<div class=\"skillcert-overlay\" role=\"alertdialog\" aria-labelledby=\"skillcert-problems-title\">")
            .Append("<div class=\"skillcert-panel\">")
            .Append(CultureInfo.InvariantCulture, $"<h2 id=\"skillcert-problems-title\">发现 {errors.Length} 处错误，页面没有更新</h2>")
            .Append("<p>")
            .Append(hasLastGood ? "下面是上次检查通过的页面。" : "内容还没有一次通过检查，所以还没有页面可看。")
            .Append("改正下面的错误并保存文件，页面会自动刷新。</p>")
            .Append("<ol class=\"skillcert-problems\">");
        foreach (var error in errors) Problem(html, error);
        html.Append("</ol>");
        if (warnings.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<details><summary>另有 {warnings.Length} 条提醒（不影响发布）</summary><ol class=\"skillcert-problems\">");
            foreach (var warning in warnings) Problem(html, warning);
            html.Append("</ol></details>");
        }
        html.Append("<p class=\"skillcert-actions\"><button type=\"button\" data-skillcert-close>先看页面</button>");
        if (changesLink is not null) html.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(changesLink)}\">变化：预览日与今天相比</a>");
        html.Append("</p></div></div>");
        return html.ToString();
    }

    private static void Problem(StringBuilder html, Diagnostic d)
    {
        var severity = d.IsError ? "错误" : "提醒";
        html.Append("<li class=\"skillcert-problem\"><p class=\"skillcert-where\"><code>").Append(E(d.File)).Append("</code>");
        if (d.Line > 0) html.Append(CultureInfo.InvariantCulture, $" 第 {d.Line} 行");
        if (d.Line > 0 && d.Column > 0) html.Append(CultureInfo.InvariantCulture, $"，第 {d.Column} 列");
        html.Append(CultureInfo.InvariantCulture, $" <span class=\"skillcert-code\">{severity} {E(d.Code)}</span></p>")
            .Append("<p class=\"skillcert-message\">").Append(E(d.Message)).Append("</p>");
        if (SourceExcerpt.Line(d.File, d.Line) is { } line)
        {
            // The marker line repeats the text before the column, hidden, so the marker sits under the column whatever
            // the characters' widths: Chinese, tabs, or a proportional fallback font.
            var before = line[..Math.Clamp(d.Column - 1, 0, line.Length)];
            var beyond = new string(' ', Math.Max(0, d.Column - 1 - line.Length));
            html.Append("<pre class=\"skillcert-source\"><span class=\"skillcert-line-number\">")
                .Append(d.Line.ToString(CultureInfo.InvariantCulture)).Append("</span>").Append(E(line)).Append('\n')
                .Append("<span class=\"skillcert-line-number\" aria-hidden=\"true\"></span>")
                .Append("<span class=\"skillcert-pad\" aria-hidden=\"true\">").Append(E(before + beyond)).Append("</span>")
                .Append("<span class=\"skillcert-caret\" aria-label=\"错误位置\">^</span></pre>");
        }
        html.Append("</li>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
