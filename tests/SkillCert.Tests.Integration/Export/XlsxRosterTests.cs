using System.IO.Compression;

namespace SkillCert.Tests.Integration.Export;

public class XlsxRosterTests
{
    private static string Path(ExportScenario s) => System.IO.Path.Combine(s.Rosters, "000001", "2024-3.xlsx");

    [Fact]
    public void An_xlsx_roster_exports_like_a_CSV_one()
    {
        using var s = new ExportScenario();
        XlsxWorkbook.Write(Path(s), XlsxWorkbook.Rows(s.Line(name: "王芳", gender: "女"), s.Line(level: "三级/高级工")));
        var result = s.Export();
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Y000014000001243000001", "Y000014000001244000001"], s.Column("SELECT number FROM certificates ORDER BY number"));
    }

    [Fact]
    public void Numbers_and_dates_typed_as_such_in_Excel_are_read()
    {
        using var s = new ExportScenario();
        var row = XlsxWorkbook.Rows(s.Line())[1];
        row[0] = 1d;
        row[9] = 4d;
        row[10] = 80.5;
        row[13] = new DateTime(2024, 9, 18);
        XlsxWorkbook.Write(Path(s), [XlsxWorkbook.Rows()[0], row]);
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(["2024-09-18|4"], s.Column("SELECT issued_on || '|' || level FROM certificates"));
    }

    [Fact]
    public void An_ID_number_stored_as_a_number_is_an_error_that_says_to_format_the_column_as_text()
    {
        using var s = new ExportScenario();
        var row = XlsxWorkbook.Rows(s.Line())[1];
        row[4] = double.Parse(((string)row[4]!)[..17], System.Globalization.CultureInfo.InvariantCulture);
        XlsxWorkbook.Write(Path(s), [XlsxWorkbook.Rows()[0], row]);
        var result = s.Export();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-3.xlsx:2: 错误 SC7003: 证件号码", StringComparison.Ordinal) && l.Contains("单元格格式设为“文本”", StringComparison.Ordinal));
    }

    [Fact]
    public void A_formula_cell_is_an_error_at_the_cell()
    {
        using var s = new ExportScenario();
        XlsxWorkbook.Write(Path(s), XlsxWorkbook.Rows(s.Line(), s.Line()));
        XlsxWorkbook.EditSheet(Path(s), xml => xml.Replace("<x:c r=\"K3\" t=\"str\" s=\"2\"><x:v>80</x:v></x:c>",
            "<x:c r=\"K3\" s=\"2\"><x:f>40*2</x:f><x:v>80</x:v></x:c>", StringComparison.Ordinal));
        var result = s.Export();
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-3.xlsx:3: 错误 SC7003: 理论成绩：单元格 K3 是公式", StringComparison.Ordinal));
    }

    [Fact]
    public void Merged_cells_are_an_error_at_their_first_cell()
    {
        using var s = new ExportScenario();
        XlsxWorkbook.Write(Path(s), XlsxWorkbook.Rows(s.Line(), s.Line()));
        XlsxWorkbook.EditSheet(Path(s), xml => xml.Replace("</x:sheetData>", "</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"G2:G3\"/></x:mergeCells>", StringComparison.Ordinal));
        var result = s.Export();
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-3.xlsx:2: 错误 SC7003: 职业编码：单元格 G2:G3 是合并的", StringComparison.Ordinal));
    }

    [Fact]
    public void A_workbook_that_expands_beyond_the_limit_is_refused_before_it_is_read()
    {
        using var s = new ExportScenario();
        var path = Path(s);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var stream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open())
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 201; i++) stream.Write(zeros);
        }
        Assert.True(new FileInfo(path).Length < 5_000_000);
        var result = s.Export();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-3.xlsx: 错误 SC7001: 工作簿解压后超过 200 MB", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_an_error_naming_it()
    {
        using var s = new ExportScenario();
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path(s))!);
        File.WriteAllText(Path(s), "not a zip");
        Assert.Contains(s.Export().ErrorLines, l => l.Contains("2024-3.xlsx: 错误 SC7001: 不是能读取的 .xlsx 工作簿", StringComparison.Ordinal));
    }
}
