using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using SkillCert.Tests.Integration.Export;

namespace SkillCert.Tests.Integration.Corpus;

/// <summary>
/// The files a corpus case makes at test time (<c>make WHAT PATH [ARGS]</c> in expected.txt), because git would change
/// them (line endings, encodings), they are large (50 MB, zip bombs), they are not files (symbolic links), or they are
/// binary workbooks better written from a readable source. PATH is relative to the case's tree.
/// </summary>
public static partial class CaseFiles
{
    public static void Make(string[] args, string root, string caseFolder)
    {
        var path = Path.Combine(root, args[1]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (args[0])
        {
            case "crlf": // the file with Windows line endings
                File.WriteAllText(path, File.ReadAllText(path).ReplaceLineEndings("\r\n"), new UTF8Encoding(false));
                break;
            case "bom": // the file with a UTF-8 byte order mark in front
                File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(path)]);
                break;
            case "gbk": // the file re-encoded as GB18030, as Excel and Notepad on a Chinese system save it
                File.WriteAllBytes(path, Gb18030().GetBytes(File.ReadAllText(path)));
                break;
            case "utf16": // the file as UTF-16 with its byte order mark, Excel's "Unicode text"
                File.WriteAllText(path, File.ReadAllText(path), new UnicodeEncoding(bigEndian: false, byteOrderMark: true));
                break;
            case "big": // MB megabytes of text lines
                Big(path, int.Parse(args[2], CultureInfo.InvariantCulture));
                break;
            case "symlink-loop": // a symbolic link to itself
                File.Delete(path);
                File.CreateSymbolicLink(path, Path.GetFileName(path));
                break;
            case "xlsx": // a workbook of the comma-separated lines of a source file in the case folder, every cell text
                XlsxWorkbook.Write(path, File.ReadAllLines(Path.Combine(caseFolder, args[2]))
                    .Select(l => l.Split(',').Select(c => (object?)c).ToArray()).ToList());
                break;
            case "merge": // merged cells over a range, like A3:B3
                XlsxWorkbook.EditSheet(path, xml => xml.Replace("</x:sheetData>",
                    $"</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"{args[2]}\"/></x:mergeCells>", StringComparison.Ordinal));
                break;
            case "formula": // a cell computed by a formula, keeping its shown value
                XlsxWorkbook.EditSheet(path, xml => ReplaceCell(xml, args[2], (style, value) =>
                    $"<x:c r=\"{args[2]}\"{style}><x:f>{args[3]}</x:f><x:v>{value}</x:v></x:c>"));
                break;
            case "number": // a cell holding a number, as Excel stores digits typed into a General column
                XlsxWorkbook.EditSheet(path, xml => ReplaceCell(xml, args[2], (style, _) => $"<x:c r=\"{args[2]}\"{style}><x:v>{args[3]}</x:v></x:c>"));
                break;
            case "zip-bomb": // a workbook whose worksheet expands to 300 MB of zeros
                ZipBomb(path);
                break;
            default:
                throw new InvalidDataException($"unknown make '{args[0]}' in {caseFolder}/expected.txt");
        }
    }

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private static void Big(string path, int megabytes)
    {
        var line = Encoding.UTF8.GetBytes("# a line of a file that is far larger than any content or roster file needs to be\n");
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        for (long written = 0; written < megabytes * (1L << 20); written += line.Length) file.Write(line);
    }

    private static void ZipBomb(string path)
    {
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
        var zeros = new byte[1 << 20];
        for (var i = 0; i < 300; i++) sheet.Write(zeros);
    }

    [GeneratedRegex("""<x:c r="(?<ref>[A-Z]+[0-9]+)"(?<attrs>[^>]*?)(/>|>(?<body>.*?)</x:c>)""")]
    private static partial Regex Cell();

    [GeneratedRegex("""<x:v>(?<v>[^<]*)</x:v>|<x:t[^>]*>(?<v>[^<]*)</x:t>""")]
    private static partial Regex CellValue();

    private static string ReplaceCell(string xml, string reference, Func<string, string, string> make)
    {
        var found = false;
        var result = Cell().Replace(xml, m =>
        {
            if (m.Groups["ref"].Value != reference) return m.Value;
            found = true;
            var style = Regex.Match(m.Groups["attrs"].Value, "\\ss=\"[0-9]+\"").Value;
            return make(style, CellValue().Match(m.Groups["body"].Value).Groups["v"].Value);
        });
        return found ? result : throw new InvalidDataException($"the workbook has no cell {reference}");
    }
}
