using System.Collections.Concurrent;
using System.Net;
using Scriban;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using SkillCert.Rendering.Links;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace SkillCert.Rendering.Templates;

/// <summary>
/// A template context in which every value an expression writes is HTML-escaped, unless it is a
/// <see cref="RawHtml"/>. Literal template text is written as it is. This is the only escaping there is:
/// templates never call <c>html.escape</c>.
/// </summary>
internal sealed class HtmlEscapingContext : TemplateContext
{
    /// <summary>
    /// Member accessors by type, shared by every context. Scriban builds one per type and context, compiling
    /// getters as it goes; a site renders thousands of pages of the same few types, so they are built once.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, IObjectAccessor?> Accessors = new();

    public HtmlEscapingContext(ScriptObject builtins) : base(builtins)
    {
        // Members are read as the templates name them (snake_case); loops over a whole catalogue must not stop at 1000.
        LoopLimit = 0;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        NewLine = "\n";
    }

    /// <summary>The links and ids the page wrote so far, when its links are being recorded; null otherwise (the service's pages).</summary>
    public List<RecordedLink>? Recorded { get; init; }

    /// <summary>Reads the links of the code-made fragments a recording page writes.</summary>
    public IMarkupLinks? Markup { get; init; }

    /// <summary>Where the next character goes in the output being written: the page's, or an included partial's.</summary>
    public int OutputLength => ((StringBuilderOutput)Output).Builder.Length;

    public override TemplateContext Write(ScribanSpan span, object? textAsObject)
    {
        if (textAsObject is null) return this;
        return Write(Encode(textAsObject));
    }

    public override async ValueTask<TemplateContext> WriteAsync(ScribanSpan span, object? textAsObject)
    {
        if (textAsObject is null) return this;
        return await WriteAsync(Encode(textAsObject)).ConfigureAwait(false);
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        // Scripted objects and dictionaries answer per instance; plain .NET types are the same for every page.
        if (target is ScriptObject or System.Collections.IDictionary) return base.GetMemberAccessorImpl(target);
        return Accessors.GetOrAdd(target.GetType(), _ => base.GetMemberAccessorImpl(target));
    }

    private string Encode(object value)
    {
        if (value is not RawHtml raw) return WebUtility.HtmlEncode(ObjectToString(value) ?? "");
        if (Recorded is { } recorded)
        {
            // A partial or a card brings the links its templates recorded; Markdown and inline SVG are read with AngleSharp.
            var shift = OutputLength;
            foreach (var link in raw.LinksBy(Markup!)) recorded.Add(link.At(shift));
        }
        return raw.Html;
    }
}
