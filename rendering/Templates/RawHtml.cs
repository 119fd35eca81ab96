namespace SkillCert.Rendering.Templates;

/// <summary>
/// A trusted HTML fragment (rendered Markdown, inline SVG) that templates write as it is. Everything else a
/// template writes is escaped, so only code, never content or a template, can make one.
/// </summary>
public sealed record RawHtml(string Html)
{
    public static RawHtml Empty { get; } = new("");

    public override string ToString() => Html;
}
