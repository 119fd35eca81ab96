namespace SkillCert.Tests.Browser.Infrastructure;

/// One Chromium, one live site and one long catalogue for every journey; the journeys run one after another.
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Chromium>, ICollectionFixture<LiveSite>, ICollectionFixture<LongCatalogue>
{
    public const string Name = "browser";
}
