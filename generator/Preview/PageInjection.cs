using System.Globalization;
using System.Net;
using System.Text;

namespace SkillCert.Generator.Preview;

/// <summary>
/// What the preview adds to each page it serves, and only there: its stylesheet and its reload script in the head, and,
/// after the body's opening tag, the bar of another day and the overlay of problems. Built files never hold any of it.
/// </summary>
public static class PageInjection
{
    /// <summary>The stylesheet and the reload script, which carries the page's token (see <see cref="PageToken"/>).</summary>
    public static string Head(string token) =>
        $"<link rel=\"stylesheet\" href=\"{PreviewAssets.Style}{PreviewAssets.Version}\"><script src=\"{PreviewAssets.ReloadScript}{PreviewAssets.Version}\" data-token=\"{WebUtility.HtmlEncode(token)}\" defer></script>";

    /// <summary>The bar that says which day the preview shows, with the number of changes, when it is not today.</summary>
    public static string DayBar(PreviewSnapshot snapshot)
    {
        var day = snapshot.Catalogue.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var today = snapshot.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"<div class=\"skillcert-bar\">预览：{day} 的目录（今天是 {today}）。<a href=\"{PreviewAssets.Changes}\">变化：{snapshot.Changes.Count} 家机构的状态与今天不同</a></div>";
    }

    /// <summary>The page with the head's additions before <c>&lt;/head&gt;</c> and <paramref name="body"/> after <c>&lt;body…&gt;</c>.</summary>
    public static string Into(string html, string token, string body)
    {
        var result = new StringBuilder(html.Length + body.Length + 256);
        var headEnd = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        var bodyStart = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var bodyOpen = bodyStart < 0 ? -1 : html.IndexOf('>', bodyStart);
        if (headEnd < 0 || bodyOpen < headEnd)
        {
            // Not a page the templates made (a page without a head): the additions go first, where a browser still runs them.
            return result.Append(Head(token)).Append(body).Append(html).ToString();
        }
        return result.Append(html, 0, headEnd).Append(Head(token))
            .Append(html, headEnd, bodyOpen + 1 - headEnd).Append(body)
            .Append(html, bodyOpen + 1, html.Length - bodyOpen - 1).ToString();
    }
}
