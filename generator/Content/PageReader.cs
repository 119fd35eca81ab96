using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;
using SkillCert.Generator.Diagnostics;

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
        var text = SourceText.Read(path, display, bag);
        return text is null ? null : Parse(text, display, bag);
    }

    /// <summary>Checks a page's text: its front matter, then its Markdown.</summary>
    public static LoadedPage? Parse(string text, string display, DiagnosticBag bag)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            TooDeep(text, display, bag);
            return null;
        }
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (frontMatter is null && text.AsSpan(0, Math.Max(0, text.IndexOf('\n', StringComparison.Ordinal))).TrimEnd() is "---")
        {
            bag.Error(DiagnosticCodes.BadFrontMatter, new SourceSpot(display, 1, 1),
                "从这里开始的页首信息（front matter）没有结束；在正文的 Markdown 之前单独写一行 ---",
                "the front matter that starts here is never closed; end it with a '---' line of its own before the Markdown");
            return null;
        }
        if (frontMatter is null)
        {
            bag.Error(DiagnosticCodes.BadFrontMatter, new SourceSpot(display, 1, 1),
                "这个页面没有页首信息（front matter）；第一行写 ---，接着写 title: 和 slug:，再单独写一行 ---",
                "the page has no front matter; start it with a '---' line, then title: and slug:, then another '---' line");
            return null;
        }
        // Blank lines before the block keep YAML's line numbers equal to the file's.
        var yaml = new string('\n', frontMatter.Line + 1) + frontMatter.Lines.ToString();
        var errorsBefore = bag.ErrorCount;
        var map = MappingReader.From(YamlSource.Parse(yaml, display, bag), display, bag, new Phrase("页首信息", "the front matter"));
        if (map is null)
        {
            if (bag.ErrorCount == errorsBefore)
                bag.Error(DiagnosticCodes.BadFrontMatter, new SourceSpot(display, frontMatter.Line + 1, 1), "页首信息是空的；至少写上 title: 和 slug:",
                    "the front matter is empty; give at least title: and slug:");
            return null;
        }
        map.WarnUnknownKeys(Known);
        var title = Required(map, "title");
        var slug = Required(map, "slug");
        if (slug is not null && !SlugPattern().IsMatch(slug))
        {
            bag.Error(DiagnosticCodes.BadSlug, map.SpotOf("slug"),
                $"slug“{slug}”只能用小写字母、数字和单个连字符，例如 filing-steps；它会成为这个页面的网址",
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
        try
        {
            renderer.Render(document);
        }
        catch (ArgumentException)
        {
            TooDeep(text, display, bag);
            return null;
        }
        return new LoadedPage(display, slug, title, date, order, summary, new RawHtml(html.ToString()), map.SpotOf("slug"));
    }

    /// <summary>
    /// Markdig refuses Markdown nested deeper than its limit (quotes in quotes, emphasis in emphasis…) with an exception
    /// that does not say where; the line with the most nesting marks is where the administrator should look.
    /// </summary>
    private static void TooDeep(string text, string display, DiagnosticBag bag)
    {
        var lines = text.Split('\n');
        var (deepest, most) = (0, -1);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var marks = line.Count(c => c is '>' or '[' or '*' or '_') + (line.Length - line.TrimStart().Length) / 2;
            if (marks > most) (deepest, most) = (i, marks);
        }
        bag.Error(DiagnosticCodes.MarkdownTooDeep, new SourceSpot(display, deepest + 1, 1),
            $"Markdown 里的引用、列表、链接或强调互相嵌套超过 {Pipeline.MaximumNestingDepth} 层，没有页面需要这么深；最深的嵌套大概在这一行",
            $"the Markdown nests quotes, lists, links or emphasis more than {Pipeline.MaximumNestingDepth} deep, which no page needs; the deepest nesting looks to be on this line");
    }

    private static string? Required(MappingReader map, string key)
    {
        if (!map.Has(key))
        {
            map.Bag.Error(DiagnosticCodes.MissingFrontMatterField, map.Spot, $"页首信息缺少 {key}；每个页面都要有 title 和 slug",
                $"the front matter is missing '{key}'; every page needs a title and a slug");
            return null;
        }
        return map.String(key);
    }

    private static DateOnly? DateField(MappingReader map)
    {
        var text = map.String("date");
        if (text is null) return null;
        if (ContentDate.TryParse(text, out var date)) return date;
        map.Bag.Error(DiagnosticCodes.BadFrontMatterValue, map.SpotOf("date"), $"date 写的是“{text}”，不是日期；请写成 yyyy-MM-dd，例如 2020-03-12",
            $"date \"{text}\" is not a date; write it as yyyy-MM-dd, for example 2020-03-12");
        return null;
    }

    private static int OrderField(MappingReader map)
    {
        var text = map.String("order");
        if (text is null) return int.MaxValue;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var order)) return order;
        map.Bag.Error(DiagnosticCodes.BadFrontMatterValue, map.SpotOf("order"), $"order 写的是“{text}”，应当是整数；页面按它从小到大排列",
            $"order \"{text}\" should be a whole number; pages are listed by it, smallest first");
        return int.MaxValue;
    }
}
