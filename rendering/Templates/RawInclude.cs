using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

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

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(_include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        Wrap(await _include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static RawHtml Wrap(object? included) => included switch
    {
        null => RawHtml.Empty,
        RawHtml raw => raw,
        var text => new RawHtml(text.ToString() ?? ""),
    };
}
