using Microsoft.Extensions.Logging;
using SkillCert.Generator.Build;
using SkillCert.Generator.Diagnostics;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Browser.Infrastructure;

/// A catalogue of 130 invented institutions, three pages of the list, built into a temporary folder and served by the
/// real service on Kestrel without an export (the site is served; certificate queries would answer 503).
public sealed class LongCatalogue : ServedSite, IAsyncLifetime
{
    public const int Institutions = 130;

    private readonly ContentTree _tree = new(withDefaults: false);

    /// The built site's folder.
    public string Site => _tree.Out;

    public Task InitializeAsync()
    {
        SyntheticCatalogue.WriteInto(_tree, Institutions);
        var bag = new DiagnosticBag();
        var built = BuildPipeline.Run(new BuildOptions(_tree.Dir, RepositoryRoot.Combine("site-templates"), _tree.Out, LiveSite.AsOf, null) { ServedTogether = true },
            bag, SilentProgress.Instance);
        if (!built.Succeeded) throw new InvalidOperationException("the long catalogue does not build:\n" + string.Join('\n', bag.Sorted()));
        Serve();
        return Task.CompletedTask;
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("SkillCert:Site", _tree.Out),
        // A configured export that is not there: the service serves the site and builds no demo of its own.
        new("SkillCert:Export", Path.Combine(_tree.Root, "no-export.db")),
    ];

    /// The missing export is the point, not news.
    protected override LogLevel Logging => LogLevel.Error;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        _tree.Dispose();
    }
}
