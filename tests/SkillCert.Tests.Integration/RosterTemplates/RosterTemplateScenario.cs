using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using MiniExcelLibs;
using SkillCert.Generator.RosterTemplates;
using SkillCert.Tests.Integration.Export;

namespace SkillCert.Tests.Integration.RosterTemplates;

/// An export scenario's content, for which `skillcert roster-template` writes a workbook, in this process; the lists
/// are read back with ClosedXML and, as a second reader, from the sheet's XML with MiniExcel for the list sheet.
internal sealed class RosterTemplateScenario : IDisposable
{
    public ExportScenario Export { get; } = new();

    public string Template => Path.Combine(Export.Root, "template.xlsx");

    public (int Code, string Stdout, string Stderr) Write(string seq, string asOf, string? outFile = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = RosterTemplateRun.Execute(new RosterTemplateRequest(seq, outFile ?? Template, Export.Content,
            DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)), output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// The drop-down list of the column with this header, as ClosedXML reads the validation and its source range.
    public List<string> ListByClosedXml(string header)
    {
        using var book = new XLWorkbook(Template);
        var sheet = book.Worksheet(1);
        var column = sheet.Row(RosterTemplateWorkbook.HeaderRow).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber;
        var validation = sheet.DataValidations.Single(v => v.Ranges.Any(r => r.Contains(sheet.Cell(RosterTemplateWorkbook.HeaderRow + 1, column))));
        Assert.Equal(XLAllowedValues.List, validation.AllowedValues);
        Assert.True(validation.InCellDropdown);
        return book.Range(validation.Value.TrimStart('=')).CellsUsed().Select(c => c.GetString()).ToList();
    }

    /// The same list read without ClosedXML: the validation's formula from the sheet's XML, its cells with MiniExcel.
    public List<string> ListByXml(string header)
    {
        XDocument sheet;
        using (var zip = ZipFile.OpenRead(Template))
        using (var stream = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open())
            sheet = XDocument.Load(stream);
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var headerRow = MiniExcel.Query(Template, useHeaderRow: false).Skip(RosterTemplateWorkbook.HeaderRow - 1).First();
        var letter = ((IDictionary<string, object?>)headerRow).Single(c => Convert.ToString(c.Value, System.Globalization.CultureInfo.InvariantCulture) == header).Key;
        var firstCell = $"{letter}{RosterTemplateWorkbook.HeaderRow + 1}";
        var validation = sheet.Descendants(main + "dataValidation")
            .Single(v => ((string)v.Attribute("sqref")!).Split(' ').Any(r => r.Split(':')[0] == firstCell));
        Assert.Equal("list", (string?)validation.Attribute("type"));
        var formula = validation.Element(main + "formula1")!.Value;
        var (sheetName, range) = (formula[..formula.IndexOf('!', StringComparison.Ordinal)].Trim('\''), formula[(formula.IndexOf('!', StringComparison.Ordinal) + 1)..].Replace("$", "", StringComparison.Ordinal));
        var column = range[..1];
        var (from, to) = (int.Parse(range.Split(':')[0][1..], System.Globalization.CultureInfo.InvariantCulture), int.Parse(range.Split(':')[1][1..], System.Globalization.CultureInfo.InvariantCulture));
        return MiniExcel.Query(Template, useHeaderRow: false, sheetName: sheetName).Skip(from - 1).Take(to - from + 1)
            .Select(r => Convert.ToString(((IDictionary<string, object?>)r)[column], System.Globalization.CultureInfo.InvariantCulture) ?? "")
            .Where(v => v.Length > 0).ToList();
    }

    public void Dispose() => Export.Dispose();
}
