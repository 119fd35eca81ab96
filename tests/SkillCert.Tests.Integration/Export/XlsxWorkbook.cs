using System.IO.Compression;
using MiniExcelLibs;

namespace SkillCert.Tests.Integration.Export;

/// Writes .xlsx rosters for tests with MiniExcel, and edits their sheet XML for what MiniExcel does not write.
internal static class XlsxWorkbook
{
    public static string Write(string path, IReadOnlyList<object?[]> rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var sheet = rows.Select(r => Enumerable.Range(0, r.Length).ToDictionary(i => ((char)('A' + i)).ToString(), i => r[i])).ToList();
        MiniExcel.SaveAs(path, sheet, printHeader: false);
        return path;
    }

    /// The roster's header row and one row per line, cells split on commas.
    public static IReadOnlyList<object?[]> Rows(params string[] lines) =>
        [.. new[] { ExportScenario.Header }.Concat(lines).Select(l => l.Split(',').Select(c => (object?)c).ToArray())];

    public static void EditSheet(string path, Func<string, string> edit)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
        writer.Write(edit(xml));
    }
}
