using Microsoft.Extensions.Options;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Rendering;
using SkillCert.VerifyApi.Configuration;
using SkillCert.VerifyApi.Demo;

namespace SkillCert.VerifyApi.Pages;

/// <summary>
/// The site's Scriban templates, loaded once at start-up, so the service's HTML pages share the site's layout
/// and its escaping rule (every value escaped unless it is trusted HTML).
/// </summary>
public sealed partial class PageTemplates
{
    private readonly SiteTemplates? _templates;

    public PageTemplates(IOptions<VerifyOptions> options, IHostEnvironment environment, ILogger<PageTemplates> logger)
    {
        Directory = options.Value.Templates is { Length: > 0 } configured ? configured
            : RepositoryLayout.Find(environment.ContentRootPath)?.Templates ?? Path.Combine(AppContext.BaseDirectory, "site-templates");
        var bag = new DiagnosticBag();
        _templates = SiteTemplates.Load(Directory, bag);
        foreach (var d in bag.Sorted()) TemplateProblem(logger, d.ToString());
        if (_templates is null) Problem = $"the page templates in {Directory} could not be loaded";
    }

    public string Directory { get; }

    /// <summary>Why pages cannot be rendered, or null when the templates loaded.</summary>
    public string? Problem { get; }

    public string Render(string template, object model) =>
        (_templates ?? throw new InvalidOperationException(Problem)).Render(template, model);

    [LoggerMessage(30, LogLevel.Error, "Page template: {Diagnostic}")]
    private static partial void TemplateProblem(ILogger logger, string diagnostic);
}
