namespace SkillCert.Rendering.Site;

/// <summary>
/// Which of the site's files have a compressed twin, and what it is called (<c>page.html.gz</c>): the build writes them
/// by this rule and the service serves them by it.
/// </summary>
public static class CompressedTwinNames
{
    /// <summary>The files that get a twin: text, which compresses; images and the CSV download are left as they are.</summary>
    public static IReadOnlyList<string> TextExtensions { get; } = [".html", ".css", ".js", ".json", ".xml", ".svg", ".txt"];

    /// <summary>
    /// The twin is gzip, which every browser takes and nginx's <c>gzip_static</c> sends. There is no Brotli twin: at the
    /// quality a build can afford, Brotli's twins of the 10,000-institution site were 36.3 MB against gzip's 38.4 MB (the
    /// median page 2,211 bytes against 2,294), and making them was 22 % of a cold build's CPU (site-vs-hugo.sh, perf).
    /// </summary>
    public const string Suffix = ".gz";

    public static bool IsText(string sitePath) => TextExtensions.Any(e => sitePath.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Adds the file at <paramref name="sitePath"/> to <paramref name="files"/>, and its twin when it is text.</summary>
    public static void AddWithTwin(ICollection<string> files, string sitePath)
    {
        files.Add(sitePath);
        if (IsText(sitePath)) files.Add(sitePath + Suffix);
    }

    /// <summary>True for the twin of a text file, which the build lists apart from the files it rendered; the path may start with a slash.</summary>
    public static bool IsTwin(string sitePath) =>
        sitePath.EndsWith(Suffix, StringComparison.Ordinal) && IsText(sitePath[..^Suffix.Length]);

    /// <summary>The file a twin compresses, or the path itself when it is not a twin: what its type and caching follow.</summary>
    public static string FileOf(string sitePath) => IsTwin(sitePath) ? sitePath[..^Suffix.Length] : sitePath;
}
