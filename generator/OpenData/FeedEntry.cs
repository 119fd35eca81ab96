namespace SkillCert.Generator.OpenData;

/// <summary>One entry of feed.xml: the page it points at (root-relative, its absolute form is the entry's stable id), its day, title and summary.</summary>
public sealed record FeedEntry(string Url, string On, string Title, string Summary);
