using SkillCert.Rendering.Links;

namespace SkillCert.Generator.Build;

/// <summary>
/// Proves, on one page of each template per full build, that the links and ids its templates recorded are exactly those
/// AngleSharp reads in the page: a link written around <c>link</c> would otherwise go unchecked.
/// </summary>
public static class RecordingCheck
{
    /// <summary>The first link or id AngleSharp reads that the recording lacks, or the reverse; null when they agree.</summary>
    public static string? Difference(string sitePath, RenderedHtml page, PageLinks recorded)
    {
        var read = LinkExtractor.Extract(sitePath, page.Html);
        return First(Keys(read), Keys(recorded), "没有记录", "not recorded")
            ?? First(Keys(recorded), Keys(read), "AngleSharp 在页面里读不到", "not in the page as AngleSharp reads it");
    }

    private static string? First(List<string> have, List<string> other, string whatZh, string what)
    {
        var missing = have.Except(other, StringComparer.Ordinal).FirstOrDefault();
        return missing is null ? null : $"{missing}：{whatZh}（{what}）";
    }

    private static List<string> Keys(PageLinks links) =>
    [
        .. links.Links.Select(l => $"{l.Line}:{l.Column} {l.Written}"),
        .. links.Ids.Select(id => $"id {id}"),
        .. links.DuplicateIds.Select(d => $"{d.Line}:{d.Column} id {d.Target}"),
    ];
}
