using System.Text.RegularExpressions;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

using SkillCert.Rendering.Links;

namespace SkillCert.Generator.Build;

/// <summary>
/// Reads a template's HTML, its Scriban blocks masked, and lists every place where it could write an address or an id the
/// link recorder would not see: an href, src, action or id that is not exactly one quoted <c>{{ link … }}</c> or
/// <c>{{ anchor … }}</c>, an attribute no check reads (srcset, formaction…), a CSS url() or a meta refresh, and a value
/// written inside a tag but outside an attribute's quotes. docs/command-line.md (links in templates) says why this keeps every published link checked.
/// </summary>
public static partial class TemplateLinkRules
{
    /// <summary>Attributes that hold addresses the link check does not read: a template must not use them.</summary>
    public static IReadOnlyList<string> Unchecked { get; } = ["srcset", "formaction", "poster", "ping", "xlink:href", "background", "data", "codebase", "cite", "longdesc", "manifest"];

    private const char Mask = '\uE000';

    public static List<TemplateLinkProblem> Check(string template)
    {
        var blocks = Block().Matches(template);
        var masked = template.ToCharArray();
        // Each block becomes a run of one private-use character that names it, so that an attribute's value tells which block it is.
        for (var i = 0; i < blocks.Count; i++) Array.Fill(masked, (char)(Mask + i % 6000), blocks[i].Index, blocks[i].Length);
        var text = new string(masked);
        var problems = new List<TemplateLinkProblem>();
        using var source = new TextSource(new StringTextSource(text));
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver) { SkipComments = true, SkipDataText = true };
        for (ref var token = ref tokenizer.GetStructToken(); token.Type != HtmlTokenType.EndOfFile; token = ref tokenizer.GetStructToken())
        {
            if (token.Type != HtmlTokenType.StartTag) continue;
            var tag = token.Name.Memory.ToString();
            for (var a = 0; a < token.Attributes.Count; a++)
            {
                var attribute = token.Attributes[a];
                var name = attribute.Name.Memory.ToString();
                var value = attribute.Value.Memory.ToString();
                var at = attribute.Position.Position - 1;
                if (Masked(name) is { } inName && !Control().IsMatch(blocks[inName].Value))
                    problems.Add(new(blocks[inName].Index, "标签里的值只能写在属性的引号里：把它写成 name=\"{{ … }}\"",
                        "a value inside a tag must stand in an attribute's quotes: write name=\"{{ … }}\""));
                else if (name is "href" or "src" or "action" or "id") CheckLink(template, blocks, name, value, at, problems);
                else if (Unchecked.Contains(name))
                    problems.Add(new(at, $"链接检查不读 {name} 属性：改用 href、src 或 action，写成 {{{{ link … }}}}",
                        $"the link check does not read {name}: use href, src or action, written as {{{{ link … }}}}"));
                else if (name == "style" && value.Contains("url(", StringComparison.OrdinalIgnoreCase))
                    problems.Add(new(at, "style 里的 url() 链接检查不读：把样式放进 assets/ 里的 CSS 文件", "the link check does not read url() in a style: move it to a CSS file in assets/"));
                else if (name == "http-equiv" && value.Equals("refresh", StringComparison.OrdinalIgnoreCase))
                    problems.Add(new(at, "链接检查不读 meta refresh 里的地址：改用 <a href=\"{{ link … }}\">", "the link check does not read a meta refresh: use <a href=\"{{ link … }}\">"));
                else if (Masked(value) is { } inValue && !Quoted(template, blocks[inValue], at))
                    problems.Add(new(blocks[inValue].Index, "属性值要加引号：写成 name=\"{{ … }}\"，不然一个值可以多写出一个属性",
                        "quote the attribute's value: name=\"{{ … }}\", or a value could add an attribute of its own"));
            }
            tokenizer.State = tag switch
            {
                "title" or "textarea" => HtmlParseMode.RCData,
                "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                _ => tokenizer.State,
            };
            if (tag == "style") CheckStyle(text, token.Position.Position - 1, problems);
        }
        return problems;
    }

    private static void CheckLink(string template, MatchCollection blocks, string name, string value, int at, List<TemplateLinkProblem> problems)
    {
        var call = name == "id" ? "anchor" : "link";
        if (Masked(value) is { } index && value.Length == blocks[index].Length && value.All(c => c == value[0])
            && Quoted(template, blocks[index], at) && Call().Match(blocks[index].Value) is { Success: true } m && m.Groups["fn"].Value == call)
            return;
        problems.Add(new(at, $"{name} 要写成 {name}=\"{{{{ {call} … }}}}\"，整个值就是这一个调用，链接检查才看得到它",
            $"write {name}=\"{{{{ {call} … }}}}\", the whole value one call, so that the link check sees it"));
    }

    /// <summary>A style element's CSS is text the tokenizer skips; its url()s would be links nobody checks.</summary>
    private static void CheckStyle(string text, int tagAt, List<TemplateLinkProblem> problems)
    {
        var start = text.IndexOf('>', tagAt) + 1;
        if (start == 0) return;
        var end = text.IndexOf("</style", start, StringComparison.OrdinalIgnoreCase);
        var css = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        var url = css.IndexOf("url(", StringComparison.OrdinalIgnoreCase);
        if (url >= 0) problems.Add(new(start + url, "<style> 里的 url() 链接检查不读：把样式放进 assets/ 里的 CSS 文件", "the link check does not read url() in <style>: move it to a CSS file in assets/"));
    }

    private static int? Masked(string text)
    {
        foreach (var c in text)
        {
            if (c >= Mask && c < Mask + 6000) return c - Mask;
        }
        return null;
    }

    /// <summary>True when the block stands right after the attribute's opening quote, and its closing quote right after it.</summary>
    private static bool Quoted(string template, Match block, int attributeAt)
    {
        if (block.Index == 0) return false;
        var open = template[block.Index - 1];
        var close = block.Index + block.Length < template.Length ? template[block.Index + block.Length] : '\0';
        if (open is not ('"' or '\'') || close != open) return QuotedFurther(template, block, attributeAt);
        return true;
    }

    /// <summary>A block in the middle of a quoted value: the value's opening quote is the first quote after the attribute's '='.</summary>
    private static bool QuotedFurther(string template, Match block, int attributeAt)
    {
        var equals = template.IndexOf('=', attributeAt);
        if (equals < 0 || equals > block.Index) return false;
        var first = template.AsSpan(equals + 1, block.Index - equals - 1).TrimStart();
        return first.Length > 0 && first[0] is ('"' or '\'');
    }

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"^\{\{[-~]?\s*(?<fn>link|anchor)\s")]
    private static partial Regex Call();

    [GeneratedRegex(@"^\{\{[-~]?\s*(if|else|end|for|while|case|when)\b")]
    private static partial Regex Control();
}
