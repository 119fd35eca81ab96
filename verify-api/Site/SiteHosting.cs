using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using SkillCert.VerifyApi.Configuration;
using SkillCert.VerifyApi.Pages;

namespace SkillCert.VerifyApi.Site;

/// <summary>
/// Serves the built static site named by SkillCert:Site at <c>/</c>, with the build's compressed twins, then the
/// templates' own assets for the service's pages. Files are looked up only for requests that matched no endpoint, so API
/// calls never touch the disk; what matches nothing gets the site's 404.html.
/// </summary>
public static partial class SiteHosting
{
    public const string NotFoundPage = "404.html";

    public static WebApplication UseSite(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<VerifyOptions>>().Value;
        var root = options.Site;
        IFileProvider files = new NullFileProvider();
        if (!string.IsNullOrWhiteSpace(root))
        {
            var full = Path.GetFullPath(root);
            if (Directory.Exists(full)) files = new PhysicalFileProvider(full);
            else if (options.MessageLanguage() == SkillCert.Core.Diagnostics.DiagnosticLanguage.English) SiteMissingEn(app.Logger, full);
            else SiteMissingZh(app.Logger, full);
        }
        if (files is PhysicalFileProvider)
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseMiddleware<PrecompressedFiles>(files);
            app.UseStaticFiles(Options(files, requestPath: ""));
        }
        var templates = app.Services.GetRequiredService<PageTemplates>();
        app.UseStaticFiles(Options(new TemplateAssetFiles(() => templates.Templates?.Assets), TemplateAssetFiles.RequestPath));
        app.UseMiddleware<SiteNotFound>(files);
        return app;
    }

    private static StaticFileOptions Options(IFileProvider files, string requestPath) => new()
    {
        FileProvider = files,
        RequestPath = requestPath,
        ContentTypeProvider = SiteContentTypes.Instance,
        OnPrepareResponse = SiteCaching.Apply,
    };

    [LoggerMessage(20, LogLevel.Warning, "网站文件夹 {Folder}（SkillCert:Site）不存在，所以只提供查询接口和证书页面；请把 skillcert build 生成的网站放到那里，或改正这个设置后重启服务")]
    private static partial void SiteMissingZh(ILogger logger, string folder);

    [LoggerMessage(20, LogLevel.Warning, "The site folder {Folder} (SkillCert:Site) does not exist; only the API is served")]
    private static partial void SiteMissingEn(ILogger logger, string folder);
}
