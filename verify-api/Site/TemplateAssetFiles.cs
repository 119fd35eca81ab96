using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;
using SkillCert.Rendering.Templates;

namespace SkillCert.VerifyApi.Site;

/// <summary>
/// The templates' assets, under /assets/ by their plain and their fingerprinted names, for the service's own pages when no
/// site is served or the site lacks them (a site built from older templates links older fingerprints, which it serves itself).
/// </summary>
public sealed class TemplateAssetFiles(Func<AssetFingerprints?> assets) : IFileProvider
{
    public const string RequestPath = "/" + SiteTemplates.AssetsFolder;

    public IFileInfo GetFileInfo(string subpath) =>
        assets()?.Find(RequestPath + subpath) is { } file ? new PhysicalFileInfo(new FileInfo(file.FilePath)) : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
