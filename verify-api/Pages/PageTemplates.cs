using Microsoft.Extensions.Options;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Rendering;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.VerifyApi.Pages;

/// <summary>
/// The site templates the service renders its HTML pages with, read and parsed once at start-up from
/// SkillCert:Templates (default: the nearest site-templates folder at or above the content root). When they cannot be
/// read, the service still answers JSON, and the pages answer 503 with the reason, which is also logged.
/// </summary>
public sealed partial class PageTemplates
{
    public const string DefaultFolder = "site-templates";

    public PageTemplates(IOptions<VerifyOptions> options, IHostEnvironment environment, ILogger<PageTemplates> logger)
    {
        Folder = Resolve(options.Value.Templates, environment.ContentRootPath);
        var bag = new DiagnosticBag();
        Templates = SiteTemplates.Load(Folder, bag);
        foreach (var diagnostic in bag.Sorted()) TemplateProblem(logger, diagnostic.ToString());
        Problem = Templates is null ? $"the page templates in {Folder} could not be loaded (see the log)" : null;
    }

    /// <summary>The templates folder, absolute.</summary>
    public string Folder { get; }

    /// <summary>The parsed templates, or null when they could not be loaded.</summary>
    public SiteTemplates? Templates { get; }

    /// <summary>Why the pages cannot be rendered, or null.</summary>
    public string? Problem { get; }

    /// <summary>A file of the templates' assets folder, such as <c>assets/certificate.css</c>; null when there is none.</summary>
    public string? Asset(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Folder, relativePath));
        var assets = Path.GetFullPath(Path.Combine(Folder, SiteTemplates.AssetsFolder)) + Path.DirectorySeparatorChar;
        return path.StartsWith(assets, StringComparison.Ordinal) && File.Exists(path) ? path : null;
    }

    private static string Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured, contentRoot);
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultFolder);
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine(contentRoot, DefaultFolder);
    }

    [LoggerMessage(30, LogLevel.Warning, "Page templates: {Problem}")]
    private static partial void TemplateProblem(ILogger logger, string problem);
}
