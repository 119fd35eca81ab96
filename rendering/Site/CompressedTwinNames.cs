namespace SkillCert.Rendering.Site;

/// <summary>
/// Which of the site's files have compressed twins, and what the twins are called (<c>page.html.br</c>, <c>page.html.gz</c>):
/// the build writes them by this rule and the service serves them by it.
/// </summary>
public static class CompressedTwinNames
{
    /// <summary>The files that get twins: text, which compresses; images and the CSV download are left as they are.</summary>
    public static IReadOnlyList<string> TextExtensions { get; } = [".html", ".css", ".js", ".json", ".xml", ".svg", ".txt"];

    public static IReadOnlyList<string> Suffixes { get; } = [".br", ".gz"];

    /// <summary>
    /// The files that get a gzip twin only: the 13.7 MB open-data download at 10,000 institutions, made again after any
    /// edit, whose Brotli twin cost an address edit 80–90 ms of CPU, a sixth of the whole rebuild, for 20 % fewer bytes
    /// than its gzip twin (incremental.sh). nginx (deploy/k8s) serves gzip twins alone, and the service sends the gzip
    /// twin to a client that takes Brotli too when there is no Brotli one.
    /// </summary>
    public static IReadOnlyList<string> GzipOnly { get; } = ["data/catalogue.json"];

    private static readonly IReadOnlyList<string> Gzip = [".gz"];

    public static bool IsText(string sitePath) => TextExtensions.Any(e => sitePath.EndsWith(e, StringComparison.Ordinal));

    /// <summary>The suffixes of the twins a text file (<see cref="IsText"/>) has beside it; the path may start with a slash.</summary>
    public static IReadOnlyList<string> SuffixesOf(string sitePath)
    {
        var path = sitePath.AsSpan().TrimStart('/');
        foreach (var only in GzipOnly)
        {
            if (path.SequenceEqual(only)) return Gzip;
        }
        return Suffixes;
    }

    /// <summary>Adds the file at <paramref name="sitePath"/> to <paramref name="files"/>, and its twins when it is text.</summary>
    public static void AddWithTwins(ICollection<string> files, string sitePath)
    {
        files.Add(sitePath);
        if (!IsText(sitePath)) return;
        foreach (var suffix in SuffixesOf(sitePath)) files.Add(sitePath + suffix);
    }

    /// <summary>True for a twin of a text file, which the build lists apart from the files it rendered.</summary>
    public static bool IsTwin(string sitePath) =>
        sitePath.Length > 3 && IsText(sitePath[..^3]) && SuffixesOf(sitePath[..^3]).Contains(sitePath[^3..]);
}
