using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SkillCert.Core.Diagnostics;
using SkillCert.Rendering.Links;

namespace SkillCert.Rendering.Templates;

/// <summary>
/// A folder of Scriban templates (*.html, partials included), parsed once and rendered many times, on any
/// thread. Every value is HTML-escaped unless it is <see cref="RawHtml"/>; errors point into the template.
/// The site build, the verification service and the certificate renderer all render through this type.
/// </summary>
public sealed partial class SiteTemplates
{
    /// <summary>The folder inside the templates folder whose files are copied to the site as they are.</summary>
    public const string AssetsFolder = "assets";

    /// <summary>The folder inside the templates folder whose files are copied to the site's root as they are (favicon.ico).</summary>
    public const string RootFolder = "root";

    /// <summary>
    /// Variables the shared partials read that a page model may leave out (they are null then): the service's pages
    /// render with the site's head, and strict variables would otherwise fail them for lack of a page description; the
    /// site's pages leave out <c>noindex</c>, which only the service's result pages set.
    /// </summary>
    public static IReadOnlyList<string> OptionalVariables { get; } = ["description", "noindex"];

    private readonly Dictionary<string, Template> _byName;
    private readonly TemplateFolderLoader _loader;
    private readonly ScriptObject _builtins;

    private readonly IMarkupLinks? _markup;

    // Scriban imports by reflection; skillcert's native build keeps this assembly whole (TrimmerRootAssembly).
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "AssetFingerprints.UrlOf is kept: the rendering assembly is a trimmer root")]
    private SiteTemplates(string directory, Dictionary<string, Template> byName, string hash, AssetFingerprints assets, IMarkupLinks? markup)
    {
        _markup = markup;
        Directory = directory;
        _byName = byName;
        Hash = hash;
        Assets = assets;
        _loader = new TemplateFolderLoader(byName.ToDictionary(t => PathOf(t.Key), t => t.Value, StringComparer.Ordinal), PathOf);
        _builtins = new BuiltinGroups();
        _builtins.SetValue("include", new RawInclude(), readOnly: true);
        // {{ asset '/assets/site.css' }} links the fingerprinted copy, which may be cached for a year.
        _builtins.Import("asset", new Func<string, string>(assets.UrlOf));
        // href="{{ link url }}" and id="{{ anchor name }}": the page's links are recorded as it renders (the link rules).
        _builtins.SetValue("link", new LinkFunction(isId: false), readOnly: true);
        _builtins.SetValue("anchor", new LinkFunction(isId: true), readOnly: true);
        _builtins.IsReadOnly = true;
    }

    /// <summary>The folder as the user named it; template paths in diagnostics start with it.</summary>
    public string Directory { get; }

    /// <summary>
    /// SHA-256 (hex) over every template's name and text and the assets' fingerprints: a page rendered with other templates,
    /// or linking other assets, is another page.
    /// </summary>
    public string Hash { get; }

    /// <summary>The assets folder's files with their fingerprinted addresses.</summary>
    public AssetFingerprints Assets { get; }

    /// <summary>Template names relative to the folder, with '/' separators, in ordinal order.</summary>
    public IReadOnlyList<string> Names => _byName.Keys.Order(StringComparer.Ordinal).ToArray();

    public bool Has(string name) => _byName.ContainsKey(name);

    [GeneratedRegex(@"\bhtml\.escape\b")]
    private static partial Regex ExplicitEscape();

    /// <summary>
    /// Reads and parses every *.html below <paramref name="directory"/> (outside assets/); null after reporting errors. With
    /// <paramref name="markup"/>, the templates can record their pages' links and are held to the link rules, except templates
    /// whose <see cref="Hash"/> is <paramref name="proven"/>; without it (the service) they render pages and record nothing.
    /// </summary>
    public static SiteTemplates? Load(string directory, DiagnosticBag bag, IMarkupLinks? markup = null, string? proven = null)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            bag.Error(DiagnosticCodes.MissingTemplate, SourceSpot.OfFile(directory), "模板文件夹不存在；用 --templates 指定它",
                "the templates folder does not exist; pass --templates DIR");
            return null;
        }
        var byName = new Dictionary<string, Template>(StringComparer.Ordinal);
        var errors = bag.ErrorCount;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var texts = new List<(string Display, string Text)>();
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*.html", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
                     .Where(f => !f.StartsWith(AssetsFolder + "/", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var display = Path.Combine(directory, file);
            var text = SourceText.Read(display, display, bag);
            if (text is null) continue;
            hash.AppendData(Encoding.UTF8.GetBytes($"{file}\n{text.Length}\n{text}\n"));
            var template = Template.Parse(text, display);
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                bag.Error(DiagnosticCodes.TemplateSyntax, Spot(message.Span), $"模板语法错误：{message.Message}", $"template syntax: {message.Message}");
            foreach (Match m in ExplicitEscape().Matches(text))
                bag.Error(DiagnosticCodes.TemplateSyntax, SpotAt(display, text, m.Index),
                    "删掉 html.escape：每个值已经转义过了，再转义一次，读者会看到 &amp;lt; 这样的字",
                    "remove 'html.escape': every value is escaped already, so escaping again shows &amp;lt; to readers");
            if (!template.HasErrors) byName[file] = template;
            texts.Add((display, text));
        }
        if (bag.ErrorCount > errors) return null;
        var assets = AssetFingerprints.Read(directory);
        hash.AppendData(Encoding.UTF8.GetBytes("assets\n" + assets.Hash));
        var hashed = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (markup is not null && hashed != proven)
        {
            foreach (var (display, text) in texts)
            {
                foreach (var problem in markup.Check(text))
                    bag.Error(DiagnosticCodes.TemplateSyntax, SpotAt(display, text, problem.Offset), problem.MessageZh, problem.Message);
            }
        }
        if (bag.ErrorCount > errors) return null;
        return new SiteTemplates(directory, byName, hashed, assets, markup);
    }

    /// <summary>
    /// Renders a template with the model's public properties as variables (<c>Site</c> becomes <c>site</c>).
    /// Throws <see cref="TemplateRenderException"/> with the template's file:line:col when the template fails.
    /// </summary>
    public string Render(string templateName, object model) => Render(templateName, model, recorded: null);

    /// <summary>Renders a page of the site, recording the links and ids it writes for the link check.</summary>
    public RenderedHtml RenderPage(string templateName, object model)
    {
        var recorded = new List<RecordedLink>();
        return new RenderedHtml(templateName, Render(templateName, model, recorded), recorded);
    }

    /// <summary>Renders a fragment (a catalogue card) that pages write as it is, with the links and ids it recorded.</summary>
    public RawHtml RenderFragment(string templateName, object model)
    {
        var recorded = new List<RecordedLink>();
        return new RawHtml(Render(templateName, model, recorded), recorded);
    }

    // Page models come from core, rendering and skillcert, which the native build keeps whole (TrimmerRootAssembly).
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "page models' assemblies are trimmer roots")]
    private string Render(string templateName, object model, List<RecordedLink>? recorded)
    {
        if (!_byName.TryGetValue(templateName, out var template))
            throw new TemplateRenderException(new Diagnostic(Severity.Error, DiagnosticCodes.MissingTemplate, PathOf(templateName), 0, 0,
                $"缺少模板 {templateName}；网站需要它放在 {Directory} 里", $"the template {templateName} is missing; the site needs it in {Directory}"));
        var context = new HtmlEscapingContext(_builtins)
        {
            Recorded = recorded,
            Markup = recorded is null ? null : _markup ?? throw new InvalidOperationException("templates loaded without a link reader record no links"),
        };
        _loader.Prime(context);
        var globals = new ScriptObject();
        foreach (var name in OptionalVariables) globals.SetValue(name, null, readOnly: false);
        globals.Import(model);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var at = Spot(e.Span);
            throw new TemplateRenderException(new Diagnostic(Severity.Error, DiagnosticCodes.TemplateRuntime, at.File, at.Line, at.Column,
                $"模板出错：{e.OriginalMessage}", $"template error: {e.OriginalMessage}"), e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or NullReferenceException)
        {
            throw new TemplateRenderException(new Diagnostic(Severity.Error, DiagnosticCodes.TemplateRuntime, PathOf(templateName), 0, 0,
                $"模板出错：{e.Message}", $"template error: {e.Message}"), e);
        }
    }

    private string PathOf(string templateName) => Path.Combine(Directory, templateName);

    private static SourceSpot Spot(SourceSpan span) => new(span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1);

    private static SourceSpot SpotAt(string file, string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return new SourceSpot(file, line, index - lineStart + 1);
    }
}
