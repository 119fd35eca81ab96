using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;
using SkillCert.Rendering.Links;

namespace SkillCert.Rendering.Templates;

/// <summary>
/// The <c>include</c> function, whose result is already escaped HTML: it is passed on as <see cref="RawHtml"/>
/// so that a partial's output is not escaped a second time.
/// </summary>
internal sealed class RawInclude : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var from = Recorded(context)?.Count ?? 0;
        return Wrap(context, from, _include.Invoke(context, callerContext, arguments, blockStatement));
    }

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement)
    {
        var from = Recorded(context)?.Count ?? 0;
        return Wrap(context, from, await _include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));
    }

    private static List<RecordedLink>? Recorded(TemplateContext context) => (context as HtmlEscapingContext)?.Recorded;

    /// <summary>
    /// The partial rendered into an output of its own, so the links it recorded count from the partial's start: they travel
    /// with its HTML and are placed in the page where the page writes it, which may be never, or twice.
    /// </summary>
    private static RawHtml Wrap(TemplateContext context, int from, object? included)
    {
        var html = included switch
        {
            null => "",
            RawHtml raw => raw.Html,
            var text => text.ToString() ?? "",
        };
        if (Recorded(context) is not { } recorded) return new RawHtml(html, []);
        var links = recorded[from..];
        recorded.RemoveRange(from, recorded.Count - from);
        return new RawHtml(html, links);
    }
}
