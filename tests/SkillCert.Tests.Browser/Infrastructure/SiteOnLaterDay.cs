using SkillCert.Generator.Build;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Tests.Browser.Infrastructure;

/// The live site's content and export built as of a later day, into a folder of its own below the live site's, and served
/// by the real service on Kestrel: what a visitor sees once time has moved on. Disposing it stops the service and
/// deletes the folder.
public sealed class SiteOnLaterDay : ServedSite
{
    private readonly LiveSite _live;
    private readonly string _folder;

    private SiteOnLaterDay(LiveSite live, string folder)
    {
        _live = live;
        _folder = folder;
    }

    public string Site => Path.Combine(_folder, "site");

    public static SiteOnLaterDay Start(LiveSite live, DateOnly day)
    {
        var folder = Directory.CreateDirectory(Path.Combine(live.Folder, "on-" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).FullName;
        var served = new SiteOnLaterDay(live, folder);
        var bag = new DiagnosticBag();
        var built = BuildPipeline.Run(new BuildOptions(LiveSite.Repository.Content, LiveSite.Repository.Templates, served.Site, day, live.Demo.Export) { ServedTogether = true },
            bag, SilentProgress.Instance);
        if (!built.Succeeded) throw new InvalidOperationException($"the site as of {day} does not build:\n" + string.Join('\n', bag.Sorted()));
        served.Serve();
        return served;
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [.. _live.Demo.Settings.Where(s => s.Key != "SkillCert:Site"), new("SkillCert:Site", Site)];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
