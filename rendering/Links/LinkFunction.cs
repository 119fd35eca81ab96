using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SkillCert.Rendering.Templates;

namespace SkillCert.Rendering.Links;

/// <summary>
/// <c>{{ link url }}</c> and <c>{{ anchor id }}</c>: write the value (escaped, as any value) and record it, with where it
/// stands, for the link check. Templates write every href, src, action and id through them; the generator's link rules
/// fail a template that does not.
/// </summary>
internal sealed class LinkFunction(bool isId) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), isId ? "id" : "url");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var value = context.ObjectToString(arguments[0]) ?? "";
        // The value is written next, where the output stands now: inside its start tag, which is all the offset must reach.
        if (value.Length > 0 && context is HtmlEscapingContext { Recorded: { } recorded } page)
            recorded.Add(new RecordedLink(isId, value, page.OutputLength));
        return value;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
