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

    public static bool IsText(string sitePath) => TextExtensions.Any(e => sitePath.EndsWith(e, StringComparison.Ordinal));

    /// <summary>True for a twin of a text file, which the build lists apart from the files it rendered.</summary>
    public static bool IsTwin(string sitePath) =>
        Suffixes.Any(s => sitePath.EndsWith(s, StringComparison.Ordinal)) && IsText(sitePath[..^3]);
}
