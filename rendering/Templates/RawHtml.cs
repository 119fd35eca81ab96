using SkillCert.Rendering.Links;

namespace SkillCert.Rendering.Templates;

/// <summary>
/// A trusted HTML fragment (rendered Markdown, inline SVG) that templates write as it is. Everything else a
/// template writes is escaped, so only code, never content or a template, can make one.
/// </summary>
public sealed record RawHtml(string Html)
{
    private IReadOnlyList<RecordedLink>? _links;

    public static RawHtml Empty { get; } = new("", []);

    /// <summary>A fragment a template rendered, with the links and ids it recorded: nothing has to read it again.</summary>
    public RawHtml(string html, IReadOnlyList<RecordedLink> links) : this(html) => _links = links;

    /// <summary>
    /// The fragment's links and ids, offsets counted from its start. Code's fragments (Markdown, inline SVG) are read with
    /// AngleSharp the first time a recording page writes them, and once only however many pages write them.
    /// </summary>
    public IReadOnlyList<RecordedLink> LinksBy(IMarkupLinks reader) => _links ??= reader.Read(Html);

    public override string ToString() => Html;
}
