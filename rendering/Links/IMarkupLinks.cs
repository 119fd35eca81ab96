namespace SkillCert.Rendering.Links;

/// <summary>
/// What the link check needs read from HTML by a real parser: the links of a fragment code made (Markdown, inline SVG), and
/// the places in a template that would write a link around <c>{{ link }}</c>. The generator supplies it; the service, which
/// records no links, loads its templates without one and so carries no HTML parser.
/// </summary>
public interface IMarkupLinks
{
    IReadOnlyList<RecordedLink> Read(string html);

    IReadOnlyList<TemplateLinkProblem> Check(string template);
}
