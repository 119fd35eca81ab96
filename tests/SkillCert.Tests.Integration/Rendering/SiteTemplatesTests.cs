using Scriban;
using Scriban.Runtime;
using SkillCert.Generator.Diagnostics;
using SkillCert.Rendering.Templates;

namespace SkillCert.Tests.Integration.Rendering;

public sealed class SiteTemplatesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("skillcert-templates-").FullName;

    public SiteTemplatesTests() => Directory.CreateDirectory(Path.Combine(_dir, "partials"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Template(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private SiteTemplates Load()
    {
        var bag = new DiagnosticBag();
        var templates = SiteTemplates.Load(_dir, bag);
        Assert.Empty(bag.Items);
        return templates!;
    }

    private sealed record Model(string Name, RawHtml Body);

    [Fact]
    public void Every_value_is_html_escaped_by_default()
    {
        Template("page.html", "<p title=\"{{ name }}\">{{ name }}</p>");
        var html = Load().Render("page.html", new Model("<script>\"&'", RawHtml.Empty));
        Assert.Equal("<p title=\"&lt;script&gt;&quot;&amp;&#39;\">&lt;script&gt;&quot;&amp;&#39;</p>", html);
    }

    [Fact]
    public void A_raw_fragment_is_written_as_it_is()
    {
        Template("page.html", "<article>{{ body }}</article>");
        Assert.Equal("<article><h2 id=\"a\">A</h2></article>", Load().Render("page.html", new Model("", new RawHtml("<h2 id=\"a\">A</h2>"))));
    }

    [Fact]
    public void An_included_partial_is_escaped_once_not_twice()
    {
        Template("partials/name.html", "<b>{{ name }}</b>");
        Template("page.html", "<p>{{ include 'partials/name.html' }}</p>");
        Assert.Equal("<p><b>A&amp;B</b></p>", Load().Render("page.html", new Model("A&B", RawHtml.Empty)));
    }

    [Fact]
    public void A_syntax_error_is_reported_at_the_template_line_and_column()
    {
        var path = Template("page.html", "<p>\n{{ if name }}\n</p>");
        var bag = new DiagnosticBag();
        Assert.Null(SiteTemplates.Load(_dir, bag));
        var d = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.TemplateSyntax, path), (d.Code, d.File));
        Assert.True(d.Line >= 2, d.ToString());
    }

    [Fact]
    public void A_runtime_error_is_reported_at_the_template_line_and_column()
    {
        var path = Template("page.html", "<p>\n  {{ nmae }}</p>");
        var e = Assert.Throws<TemplateRenderException>(() => Load().Render("page.html", new Model("x", RawHtml.Empty)));
        Assert.Equal((DiagnosticCodes.TemplateRuntime, path, 2, 6), (e.Diagnostic.Code, e.Diagnostic.File, e.Diagnostic.Line, e.Diagnostic.Column));
    }

    [Fact]
    public void A_runtime_error_in_a_partial_points_into_the_partial()
    {
        var partial = Template("partials/broken.html", "{{ missing.member }}");
        Template("page.html", "{{ include 'partials/broken.html' }}");
        var e = Assert.Throws<TemplateRenderException>(() => Load().Render("page.html", new Model("x", RawHtml.Empty)));
        Assert.Equal(partial, e.Diagnostic.File);
    }

    [Fact]
    public void Escaping_by_hand_is_refused_because_it_would_escape_twice()
    {
        Template("page.html", "<p>{{ name | html.escape }}</p>");
        var bag = new DiagnosticBag();
        Assert.Null(SiteTemplates.Load(_dir, bag));
        Assert.Contains("html.escape", Assert.Single(bag.Items).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_template_is_named_in_the_error()
    {
        Template("page.html", "x");
        var e = Assert.Throws<TemplateRenderException>(() => Load().Render("other.html", new Model("x", RawHtml.Empty)));
        Assert.Equal(DiagnosticCodes.MissingTemplate, e.Diagnostic.Code);
    }

    [Fact]
    public void One_loaded_folder_renders_on_many_threads_at_once()
    {
        Template("partials/name.html", "<b>{{ name }}</b>");
        Template("page.html", "{{ include 'partials/name.html' }}{{ for i in 1..3 }}{{ i }}{{ end }}");
        var templates = Load();
        var results = Enumerable.Range(0, 200).AsParallel().Select(n => templates.Render("page.html", new Model($"n{n}", RawHtml.Empty))).ToArray();
        Assert.All(results.Select((html, n) => (html, n)), r => Assert.Equal($"<b>n{r.n}</b>123", r.html));
    }

    [Fact]
    public void Every_group_of_Scriban_builtins_answers_when_a_template_names_it()
    {
        // The groups are made on first use (BuiltinGroups); a group Scriban adds in an upgrade must not go missing.
        var scriban = TemplateContext.GetDefaultBuiltinObject();
        var groups = scriban.GetMembers().Where(name => scriban[name] is ScriptObject).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains("string", groups);
        Template("page.html", string.Concat(groups.Select(name => $"{name}:{{{{ {name} == null }}}};")));
        Assert.Equal(string.Concat(groups.Select(name => $"{name}:false;")), Load().Render("page.html", new Model("x", RawHtml.Empty)));
    }

    [Fact]
    public void A_function_of_each_builtin_group_works()
    {
        Template("page.html", "{{ [name, 'b'] | array.join ',' }}|{{ date.parse '2025-06-01' | date.to_string '%Y' }}|{{ '<i>x</i>' | html.strip }}|"
            + "{{ math.round 1.6 }}|{{ object.typeof name }}|{{ regex.escape 'a.b' }}|{{ name | string.upcase }}|{{ (timespan.from_days 2).days }}");
        Assert.Equal("a,b|2025|x|2|string|a\\.b|A|2", Load().Render("page.html", new Model("a", RawHtml.Empty)));
    }

    [Fact]
    public void A_function_of_no_builtin_group_fails_loudly()
    {
        var path = Template("page.html", "<p>{{ name | strings.upcase }}</p>");
        var e = Assert.Throws<TemplateRenderException>(() => Load().Render("page.html", new Model("a", RawHtml.Empty)));
        Assert.Equal((DiagnosticCodes.TemplateRuntime, path), (e.Diagnostic.Code, e.Diagnostic.File));
        Assert.Contains("`strings`", e.Diagnostic.MessageEn, StringComparison.Ordinal);
    }
}
