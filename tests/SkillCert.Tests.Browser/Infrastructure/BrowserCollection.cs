namespace SkillCert.Tests.Browser.Infrastructure;

/// One Chromium and one live site for every journey; the journeys run one after another.
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Chromium>, ICollectionFixture<LiveSite>
{
    public const string Name = "browser";
}
