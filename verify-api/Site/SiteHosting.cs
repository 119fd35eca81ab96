using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.VerifyApi.Site;

/// <summary>
/// Serves the built static site named by SkillCert:Site at <c>/</c>. Files are looked up only for requests
/// that matched no endpoint, so API calls never touch the disk; what matches nothing gets the site's 404.html.
/// </summary>
public static partial class SiteHosting
{
    public const string NotFoundPage = "404.html";

    public static WebApplication UseSite(this WebApplication app)
    {
        var root = app.Services.GetRequiredService<IOptions<VerifyOptions>>().Value.Site;
        if (string.IsNullOrWhiteSpace(root))
        {
            app.UseMiddleware<SiteNotFound>((IFileProvider)new NullFileProvider());
            return app;
        }
        var full = Path.GetFullPath(root);
        if (!Directory.Exists(full))
        {
            SiteMissing(app.Logger, full);
            app.UseMiddleware<SiteNotFound>((IFileProvider)new NullFileProvider());
            return app;
        }
        var files = new PhysicalFileProvider(full);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.UseMiddleware<SiteNotFound>((IFileProvider)files);
        return app;
    }

    [LoggerMessage(20, LogLevel.Warning, "The site folder {Folder} (SkillCert:Site) does not exist; only the API is served")]
    private static partial void SiteMissing(ILogger logger, string folder);
}
