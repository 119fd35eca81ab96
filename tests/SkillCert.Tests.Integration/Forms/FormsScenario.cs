using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClosedXML.Excel;
using MiniExcelLibs;
using SkillCert.Generator.Certificates;
using SkillCert.Generator.Forms;
using SkillCert.Tests.Integration.Build;
using SkillCert.Tests.Integration.Export;

namespace SkillCert.Tests.Integration.Forms;

/// An export scenario whose rosters are then turned into the official forms, in this process, as `skillcert forms`
/// does, through the repository's own templates. Workbooks are read back with ClosedXML and with MiniExcel.
internal sealed class FormsScenario : IDisposable
{
    public ExportScenario Export { get; } = new();

    public string OutDir => Path.Combine(Export.Root, "forms");

    public static DateOnly AsOf => DateOnly.Parse(ExportScenario.AsOf, System.Globalization.CultureInfo.InvariantCulture);

    /// Exports the rosters; the test fails when the export does not succeed.
    public FormsScenario Exported()
    {
        var result = Export.Export();
        Assert.True(result.ExitCode == 0, result.Stderr);
        return this;
    }

    public FormsResult Run(string? outDir = null, string? export = null, string? templates = null, CertificateFormat format = CertificateFormat.Html)
    {
        var request = new FormsRequest(Export.Rosters, export ?? Export.Out, outDir ?? OutDir, format, Export.Content,
            templates ?? RepositoryPaths.SiteTemplates, AsOf);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = FormsRun.ExecuteAsync(request, output, error).GetAwaiter().GetResult();
        return new FormsResult(code, output.ToString(), error.ToString());
    }

    public string PathOf(string relative) => Path.Combine(OutDir, relative);

    /// Every cell of the workbook's first sheet as ClosedXML reads it, by row and column (1-based), as text.
    public static Dictionary<(int Row, int Column), string> ClosedXmlCells(string path)
    {
        using var book = new XLWorkbook(path);
        return book.Worksheet(1).CellsUsed().Where(c => !c.IsEmpty())
            .ToDictionary(c => (c.Address.RowNumber, c.Address.ColumnNumber), c => c.GetFormattedString());
    }

    /// Every row of the workbook's first sheet as MiniExcel reads it: the values by column, as text.
    public static List<List<string>> MiniExcelRows(string path) =>
        MiniExcel.Query(path, useHeaderRow: false)
            .Select(r => ((IDictionary<string, object?>)r).Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList())
            .ToList();

    public IDocument Page(string relative) => new HtmlParser().ParseDocument(File.ReadAllText(PathOf(relative)));

    public void Dispose() => Export.Dispose();
}
