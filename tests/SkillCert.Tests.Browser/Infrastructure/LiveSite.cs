using SkillCert.Demo;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.Tests.Browser.Infrastructure;

/// The site under test: built from content/ with the demo export of the sample rosters, into a temporary folder,
/// and served with the API by the real verification service on Kestrel, on a free loopback port.
public sealed class LiveSite : ServedSite, IAsyncLifetime
{
    /// Statuses and sample certificates are fixed as of this day, so the journeys see the same catalogue every run.
    public static readonly DateOnly AsOf = new(2026, 11, 26);

    private readonly string _folder = Directory.CreateTempSubdirectory("skillcert-browser-").FullName;

    /// A temporary folder that lives as long as the site; tests put their own output below it.
    public string Folder => _folder;

    public DemoSite Demo { get; private set; } = null!;

    /// A certificate in the export that breaks its institution's scope (see <see cref="LegacyCertificate"/>).
    public string InconsistentNumber { get; private set; } = null!;

    /// The checkout the tests run from: its content, sample rosters and templates.
    public static RepositoryLayout Repository { get; } = RepositoryLayout.Find(RepositoryRoot.Path)!;

    public Task InitializeAsync()
    {
        var repo = Repository with { WorkFolder = _folder };
        var log = new StringWriter();
        Demo = DemoBuild.Prepare(repo, AsOf, log) ?? throw new InvalidOperationException("the demo build failed:\n" + log);
        InconsistentNumber = LegacyCertificate.AddTo(Demo.Export, Demo.Samples.First(s => s.Verdict == "unconfirmed").Number);
        Serve();
        return Task.CompletedTask;
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        .. Demo.Settings,
        new("SkillCert:RateLimit:PermitsPerMinute", "100000"),
        new("SkillCert:RateLimit:LookupPermitsPerMinute", "100000"),
    ];

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
