using System.Net;
using Scriban;
using Scriban.Runtime;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace SkillCert.Generator.Rendering;

/// <summary>
/// A template context in which every value an expression writes is HTML-escaped, unless it is a
/// <see cref="RawHtml"/>. Literal template text is written as it is. This is the only escaping there is:
/// templates never call <c>html.escape</c>.
/// </summary>
internal sealed class HtmlEscapingContext : TemplateContext
{
    public HtmlEscapingContext(ScriptObject builtins) : base(builtins)
    {
        // Members are read as the templates name them (snake_case); loops over a whole catalogue must not stop at 1000.
        LoopLimit = 0;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        NewLine = "\n";
    }

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

    private string Encode(object value) =>
        value is RawHtml raw ? raw.Html : WebUtility.HtmlEncode(ObjectToString(value) ?? "");
}
