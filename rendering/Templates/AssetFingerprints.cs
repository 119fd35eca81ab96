using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SkillCert.Rendering.Templates;

/// <summary>
/// The templates' static assets under names that carry a hash of their bytes (<c>/assets/site.3f2a9c1b7d.css</c>), so a
/// browser or a CDN may keep them for a year: a changed file gets a new name, and every page that links it changes with it.
/// The plain names stay published too, for links written before fingerprints and for printed certificates.
/// </summary>
public sealed partial class AssetFingerprints
{
    /// <summary>Hex digits of the SHA-256 of the file's bytes that go into its name.</summary>
    public const int HashLength = 10;

    private readonly Dictionary<string, AssetFile> _byUrl;

    private AssetFingerprints(IReadOnlyList<AssetFile> files, string hash)
    {
        Files = files;
        Hash = hash;
        _byUrl = new Dictionary<string, AssetFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            _byUrl[file.Url] = file;
            _byUrl[file.FingerprintedUrl] = file;
        }
    }

    /// <summary>Every asset, in ordinal order of its address.</summary>
    public IReadOnlyList<AssetFile> Files { get; }

    /// <summary>SHA-256 (hex) over every asset's address and fingerprint: pages that link assets depend on it.</summary>
    public string Hash { get; }

    public static AssetFingerprints None { get; } = new([], "");

    /// <summary>Hashes every file of <paramref name="templatesDirectory"/>/assets; none when there is no such folder.</summary>
    public static AssetFingerprints Read(string templatesDirectory)
    {
        var root = Path.Combine(templatesDirectory, SiteTemplates.AssetsFolder);
        if (!Directory.Exists(root)) return None;
        var files = new List<AssetFile>();
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                     .Select(f => (File: f, Url: "/" + SiteTemplates.AssetsFolder + "/" + Path.GetRelativePath(root, f).Replace('\\', '/')))
                     .OrderBy(f => f.Url, StringComparer.Ordinal))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path.File)))[..HashLength];
            var file = new AssetFile(path.Url, Fingerprinted(path.Url, hash), Path.GetFullPath(path.File));
            files.Add(file);
            all.AppendData(Encoding.UTF8.GetBytes(file.FingerprintedUrl + "\n"));
        }
        return new AssetFingerprints(files, Convert.ToHexStringLower(all.GetHashAndReset()));
    }

    /// <summary>The fingerprinted address of an asset (<c>/assets/site.css</c>); any other address comes back as it is.</summary>
    public string UrlOf(string url) => _byUrl.TryGetValue(url, out var file) ? file.FingerprintedUrl : url;

    /// <summary>The asset served at a plain or a fingerprinted address, or null.</summary>
    public AssetFile? Find(string url) => _byUrl.GetValueOrDefault(url);

    /// <summary>True for an address under /assets/ whose name carries a fingerprint, which may be cached as immutable.</summary>
    public static bool IsFingerprinted(string url) => FingerprintedName().IsMatch(url);

    private static string Fingerprinted(string url, string hash)
    {
        var slash = url.LastIndexOf('/');
        var dot = url.LastIndexOf('.');
        return dot > slash ? $"{url[..dot]}.{hash}{url[dot..]}" : $"{url}.{hash}";
    }

    [GeneratedRegex(@"^/assets/(?:[^/]+/)*[^/]+\.[0-9a-f]{10}(?:\.[A-Za-z0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FingerprintedName();
}
