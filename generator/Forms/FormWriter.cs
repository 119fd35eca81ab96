
namespace SkillCert.Generator.Forms;

/// <summary>Writes each form into the staging folder as a workbook and as a page, and keeps their paths (relative to it) for publishing.</summary>
public sealed class FormWriter(SiteTemplates templates, string staging)
{
    private readonly List<string> _workbooks = [];
    private readonly List<string> _pages = [];

    public IReadOnlyList<string> Workbooks => _workbooks;

    public IReadOnlyList<string> Pages => _pages;

    /// <param name="folder">The form's folder relative to --out.</param>
    /// <param name="name">The file name without its extension.</param>
    /// <param name="form">The form's model, which the workbook and the template both print.</param>
    /// <param name="unit">The unit the form belongs to, for the page's title.</param>
    /// <param name="template">The template the page is rendered through.</param>
    /// <param name="workbook">Writes the workbook to a path; null for a form that is only printed.</param>
    public void Write(string folder, string name, object form, string unit, string template, Action<string>? workbook)
    {
        Directory.CreateDirectory(Path.Combine(staging, folder));
        if (workbook is not null)
        {
            var xlsx = $"{folder}/{name}.xlsx";
            workbook(Path.Combine(staging, xlsx));
            _workbooks.Add(xlsx);
        }
        var html = $"{folder}/{name}.html";
        File.WriteAllText(Path.Combine(staging, html), templates.Render(template, new FormPage(form, unit, FormFiles.StylesheetFrom(folder))));
        _pages.Add(html);
    }
}
