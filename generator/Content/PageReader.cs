using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Rendering;

namespace SkillCert.Generator.Content;

/// <summary>Reads content/pages/*.md: YAML front matter (title, slug, date, order, summary), then Markdown.</summary>
public static partial class PageReader
{
    private static readonly string[] Known = ["title", "slug", "date", "order", "summary"];

    /// <summary>
    /// Pipe tables and GitHub-style heading ids; raw HTML in Markdown is shown as text, so a page can never
    /// carry a script or an inline style past the Content Security Policy.
    /// </summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static LoadedPage? Read(string path, string display, DiagnosticBag bag)
    {
        var text = YamlSource.ReadText(path, display, bag);
        if (text is null) return null;
        var document = Markdown.Parse(text, Pipeline);
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (frontMatter is null)
        {
            bag.Error(DiagnosticCodes.BadFrontMatter, new SourceSpot(display, 1, 1),
                "the page has no front matter; start it with a '---' line, then title: and slug:, then another '---' line");
            return null;
        }
        // Blank lines before the block keep YAML's line numbers equal to the file's.
        var yaml = new string('\n', frontMatter.Line + 1) + frontMatter.Lines.ToString();
        var errorsBefore = bag.ErrorCount;
        var map = MappingReader.From(YamlSource.Parse(yaml, display, bag), display, bag, "the front matter");
        if (map is null)
        {
            if (bag.ErrorCount == errorsBefore)
                bag.Error(DiagnosticCodes.BadFrontMatter, new SourceSpot(display, frontMatter.Line + 1, 1), "the front matter is empty; give at least title: and slug:");
            return null;
        }
        map.WarnUnknownKeys(Known);
        var title = Required(map, "title");
        var slug = Required(map, "slug");
        if (slug is not null && !SlugPattern().IsMatch(slug))
        {
            bag.Error(DiagnosticCodes.BadSlug, map.SpotOf("slug"),
                $"slug \"{slug}\" should be lower-case letters, digits and single hyphens, like filing-steps; it becomes the page's address");
            slug = null;
        }
        var date = DateField(map);
        var order = OrderField(map);
        var summary = map.String("summary");
        if (bag.ErrorCount > errorsBefore || title is null || slug is null) return null;

        using var html = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(html);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return new LoadedPage(display, slug, title, date, order, summary, new RawHtml(html.ToString()), map.SpotOf("slug"));
    }

    private static string? Required(MappingReader map, string key)
    {
        if (!map.Has(key))
        {
            map.Bag.Error(DiagnosticCodes.MissingFrontMatterField, map.Spot, $"the front matter is missing '{key}'; every page needs a title and a slug");
            return null;
        }
        return map.String(key);
    }

    private static DateOnly? DateField(MappingReader map)
    {
        var text = map.String("date");
        if (text is null) return null;
        if (ContentDate.TryParse(text, out var date)) return date;
        map.Bag.Error(DiagnosticCodes.BadFrontMatterValue, map.SpotOf("date"), $"date \"{text}\" is not a date; write it as yyyy-MM-dd, for example 2020-03-12");
        return null;
    }

    private static int OrderField(MappingReader map)
    {
        var text = map.String("order");
        if (text is null) return int.MaxValue;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var order)) return order;
        map.Bag.Error(DiagnosticCodes.BadFrontMatterValue, map.SpotOf("order"), $"order \"{text}\" should be a whole number; pages are listed by it, smallest first");
        return int.MaxValue;
    }
}
