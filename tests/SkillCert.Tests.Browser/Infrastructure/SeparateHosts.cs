using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using SkillCert.Generator.Build;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Tests.Browser.Infrastructure;

/// The site and the service on two origins, as in production with a static host or CDN: the real service on Kestrel
/// at one loopback port, with the live site's export and no site, and the live site's content built with verify_url
/// set to that port, served as plain files (no CSP header, like a CDN) from another. Disposing stops both and deletes
/// the folder.
public sealed class SeparateHosts : ServedSite
{
    private readonly LiveSite _live;
    private readonly string _folder;
    private WebApplication? _files;

    private SeparateHosts(LiveSite live, string folder)
    {
        _live = live;
        _folder = folder;
    }

    /// Where the static host serves the site, with a trailing slash.
    public Uri SiteAddress { get; private set; } = null!;

    public static async Task<SeparateHosts> StartAsync(LiveSite live)
    {
        var folder = Directory.CreateDirectory(Path.Combine(live.Folder, "separate-hosts")).FullName;
        var hosts = new SeparateHosts(live, folder);
        hosts.Serve();
        var content = Path.Combine(folder, "content");
        Copy(LiveSite.Repository.Content, content);
        var settings = Path.Combine(content, "site.yml");
        File.WriteAllLines(settings, File.ReadAllLines(settings)
            .Select(l => l.StartsWith("verify_url:", StringComparison.Ordinal) ? $"verify_url: \"{hosts.BaseAddress}\"" : l));
        var site = Path.Combine(folder, "site");
        var bag = new DiagnosticBag();
        var built = BuildPipeline.Run(new BuildOptions(content, LiveSite.Repository.Templates, site, LiveSite.AsOf, live.Demo.Export), bag,
            SilentProgress.Instance);
        if (!built.Succeeded) throw new InvalidOperationException("the site for another host does not build:\n" + string.Join('\n', bag.Sorted()));
        hosts._files = StaticFiles(site);
        await hosts._files.StartAsync();
        hosts.SiteAddress = new Uri(hosts._files.Urls.First().TrimEnd('/') + "/");
        return hosts;
    }

    public Uri SiteUrl(string path) => new(SiteAddress, path.TrimStart('/'));

    /// The service alone: the live site's export and ID key, and no site of its own.
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        .. _live.Demo.Settings.Where(s => s.Key != "SkillCert:Site"),
        new("SkillCert:Site", null),
        new("SkillCert:RateLimit:PermitsPerMinute", "100000"),
    ];

    private static WebApplication StaticFiles(string site)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var files = new PhysicalFileProvider(site);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return app;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (_files is not null) await _files.DisposeAsync();
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
