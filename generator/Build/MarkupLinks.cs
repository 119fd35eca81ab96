using SkillCert.Rendering.Links;

namespace SkillCert.Generator.Build;

/// <summary>The link check's reading of HTML and templates, with AngleSharp's tokenizer.</summary>
public sealed class MarkupLinks : IMarkupLinks
{
    public static MarkupLinks Instance { get; } = new();

    private MarkupLinks() { }

    public IReadOnlyList<RecordedLink> Read(string html) => HtmlLinkReader.Read(html);

    public IReadOnlyList<TemplateLinkProblem> Check(string template) => TemplateLinkRules.Check(template);
}
