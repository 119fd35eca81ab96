using Microsoft.Extensions.Options;
using SkillCert.Core.Diagnostics;
using SkillCert.Rendering.Templates;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.VerifyApi.Pages;

/// <summary>
/// The site templates the service renders its HTML pages with, read and parsed once at start-up, so the pages share
/// the site's layout and its escaping rule (every value escaped unless it is trusted HTML). From SkillCert:Templates,
/// else the checkout's site-templates/, else the copy published beside the service. When they cannot be read, the
/// service still answers JSON, and the pages answer 503 with the reason, which is also logged.
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

    public string Render(string template, object model) =>
        (Templates ?? throw new InvalidOperationException(Problem)).Render(template, model);

    private static string Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured, contentRoot);
        return RepositoryLayout.Find(contentRoot)?.Templates ?? Path.Combine(AppContext.BaseDirectory, DefaultFolder);
    }

    [LoggerMessage(30, LogLevel.Warning, "Page templates: {Problem}")]
    private static partial void TemplateProblem(ILogger logger, string problem);
}
