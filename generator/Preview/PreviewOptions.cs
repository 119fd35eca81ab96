namespace SkillCert.Generator.Preview;

/// <summary>
/// What <c>skillcert serve</c> was asked to do. <paramref name="Today"/> is the day the catalogue's changes are counted
/// from; <paramref name="AsOf"/> the day the preview shows, today unless the administrator asks for another.
/// </summary>
public sealed record PreviewOptions(string ContentDir, string TemplatesDir, int Port, DateOnly AsOf, DateOnly Today, string? ExportPath = null)
{
    /// <summary>The port the preview listens on when none is given; 0 asks the system for a free one.</summary>
    public const int DefaultPort = 5190;
}
