namespace SkillCert.Generator.Site;

/// <summary>Everything feed.xml shows, so that its fingerprint changes exactly when the feed does.</summary>
public sealed record FeedInputs(string Title, string Authority, Uri BaseUrl, IReadOnlyList<OpenData.FeedEntry> Entries, bool Demo);
