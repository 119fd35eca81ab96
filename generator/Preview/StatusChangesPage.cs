using System.Globalization;
using System.Net;
using System.Text;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.Preview;

/// <summary>
/// The preview's "变化" page: the institutions whose status on the previewed day differs from today's, with both
/// statuses and the reason, in the words of the status rules. A page of the preview only, never of the site.
/// </summary>
public static class StatusChangesPage
{
    public static string Render(PreviewSnapshot snapshot, string token)
    {
        var today = Day(snapshot.Today);
        var day = Day(snapshot.Catalogue.AsOf);
        var changes = snapshot.Changes;
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append(CultureInfo.InvariantCulture, $"<title>变化：{day} 与今天（{today}）相比 · 预览</title>")
            .Append(PageInjection.Head(token))
            .Append("</head><body><main class=\"skillcert-page\">")
            .Append(CultureInfo.InvariantCulture, $"<h1>变化：{day} 与今天相比</h1>");
        if (snapshot.Today == snapshot.Catalogue.AsOf)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>预览的就是今天（{today}）的目录，没有别的日子可比。")
                .Append("要看另一天的目录，启动预览时加上 <code>--as-of 日期</code>，例如 <code>--as-of 2027-01-01</code>。</p>");
        }
        else if (changes.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>从今天（{today}）到 {day}，没有机构的状态发生变化。</p>");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>从今天（{today}）到 {day}，共有 {changes.Count} 家机构的状态发生变化。</p>")
                .Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th scope=\"col\">机构</th><th scope=\"col\">今天（{today}）</th>")
                .Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{day}</th><th scope=\"col\">原因</th></tr></thead><tbody>");
            foreach (var change in changes) Row(html, change);
            html.Append("</tbody></table>");
        }
        html.Append("<p><a href=\"/\">回到预览首页</a></p></main></body></html>");
        return html.ToString();
    }

    private static void Row(StringBuilder html, CatalogueChange entry)
    {
        var (institution, change) = (entry.Institution, entry.Change);
        var later = change.From <= change.To ? change.After : change.Before;
        html.Append("<tr><td><a href=\"").Append(E(institution.Url)).Append("\">").Append(E(institution.Name)).Append("</a><br>")
            .Append(E(institution.Seq)).Append("</td>")
            .Append("<td>").Append(E(change.Before.Label)).Append("</td>")
            .Append("<td>").Append(E(change.After.Label)).Append("</td>")
            .Append("<td><strong>").Append(E(change.CauseLabel)).Append("</strong>：").Append(E(later.Cause));
        if (change.Events.Count > 0)
        {
            html.Append("<ul>");
            foreach (var e in change.Events)
            {
                html.Append("<li>").Append(E(Day(e.On))).Append(' ').Append(E(e.Label));
                if (!string.IsNullOrWhiteSpace(e.Note)) html.Append("：").Append(E(e.Note));
                html.Append("</li>");
            }
            html.Append("</ul>");
        }
        html.Append("</td></tr>");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
