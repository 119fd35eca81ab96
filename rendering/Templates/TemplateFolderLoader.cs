using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SkillCert.Rendering.Templates;

/// <summary>Resolves <c>include 'partials/header.html'</c> to a template of the loaded folder; every template is parsed once, at load.</summary>
internal sealed class TemplateFolderLoader(IReadOnlyDictionary<string, Template> byPath, Func<string, string> pathOf) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => pathOf(templateName);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan,
            $"there is no template {templatePath}; partials live in the templates folder, named like 'partials/header.html'");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>Hands the pre-parsed templates to a fresh context, so that <c>include</c> never parses again.</summary>
    public void Prime(TemplateContext context)
    {
        context.TemplateLoader = this;
        foreach (var (path, template) in byPath) context.CachedTemplates[path] = template;
    }
}
