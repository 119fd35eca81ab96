using System.IO.Compression;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using CsCheck;
using MiniExcelLibs;

namespace SkillCert.Tests.Unit.Fuzzing;

/// <summary>
/// Hostile workbooks made from a valid roster workbook: one of its parts (most often the worksheet) edited with XML
/// and roster pieces, then zipped again; one in twenty leaves a part out, one in ten has a byte of the archive
/// flipped. Random bytes are never a zip archive, so this is how the reader's XML and cell handling gets reached.
/// </summary>
internal static partial class XlsxInputs
{
    private const string Sheet = "xl/worksheets/sheet1.xml";

    private static readonly string[] XmlTokens =
    [
        .. FuzzSeeds.CsvTokens, "<x:c r=\"P9\" t=\"str\"><x:v>x</x:v></x:c>", "<x:f>1+1</x:f>", "<x:f t=\"shared\" si=\"0\"/>",
        "<x:mergeCells count=\"1\"><x:mergeCell ref=\"A2:B3\"/></x:mergeCells>", "<x:mergeCell ref=\"A1:XFD1048576\"/>", "<x:mergeCell ref=\"B9:A1\"/>",
        "</x:row>", "<x:row r=\"2\">", "<x:row r=\"1048577\">", "<x:row>", "r=\"XFD1048577\"", "r=\"A0\"", "r=\"ZZZZ1\"", "r=\"\"",
        " t=\"s\"", " t=\"n\"", " t=\"b\"", " t=\"d\"", " t=\"e\"", " t=\"inlineStr\"", "<x:is><x:t>文本</x:t></x:is>", "<x:v>1e308</x:v>",
        "<x:v>NaN</x:v>", "<x:v>-1</x:v>", "<x:v>45000.5</x:v>", "<x:v>99999999999</x:v>", "<x:v>0</x:v>", "&amp;", "&#0;", "&#x1F600;", "&lt;",
        "<!DOCTYPE x [<!ENTITY a \"b\">]>", "<?xml version=\"1.0\"?>", "<", ">", "\"", "/>", " xmlns:x=\"urn:x\"", "<x:sheetData>", "</x:sheetData>",
        "<x:dimension ref=\"A1:O4\"/>", " s=\"999\"", "<x:sheet name=\"花名册\" sheetId=\"2\" r:id=\"rId9\"/>", "Target=\"/xl/worksheets/sheet9.xml\"",
        "Target=\"../../../etc/passwd\"", "<x:si><x:t>共享</x:t></x:si>",
    ];

    /// <summary>The parts of a valid workbook of the seed roster, every cell typed in as text, by name.</summary>
    private static readonly Lazy<List<(string Name, string Text)>> Parts = new(() =>
    {
        var rows = FuzzSeeds.Roster.Split('\n')
            .Select(line => line.Split(',').Select((cell, i) => (Key: ((char)('A' + i)).ToString(), Value: (object?)cell.Trim('"'))).ToDictionary(c => c.Key, c => c.Value))
            .ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, printHeader: false);
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        return zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return (e.FullName, reader.ReadToEnd());
        }).ToList();
    });

    /// <summary>Structural damage to one in three workbooks; the rest keep well-formed XML and get hostile cell values and types.</summary>
    public static Gen<FuzzFile> Workbooks() => Gen.OneOf(Damaged(), CellEdits(), CellEdits());

    private static Gen<FuzzFile> Damaged() =>
        from index in Gen.Int[0, Parts.Value.Count * 2]
        let part = index < Parts.Value.Count ? index : Parts.Value.FindIndex(p => p.Name == Sheet)
        from edited in FuzzEdits.Text([Parts.Value[part].Text], XmlTokens)
        from dropOne in Gen.Int[0, 19]
        from dropped in Gen.Int[0, Parts.Value.Count - 1]
        from flipOne in Gen.Int[0, 9]
        from flipped in Gen.Int[0, int.MaxValue]
        from value in Gen.Byte
        select new FuzzFile(Zip(part, Encoding.UTF8.GetBytes(edited), dropOne == 0 ? dropped : -1, flipOne == 0 ? flipped : -1, value));

    private static readonly Gen<string> CellValue = Gen.OneOf(Gen.OneOf(FuzzSeeds.CsvTokens), Gen.String[Gen.Char['\u0020', '\u9FA5'], 0, 40],
        FuzzEdits.Text(["140902199003071239", "2024-09-18", "四级/中级工", "Y000014000001243000007", "6-18-01-01", "80"], FuzzSeeds.CsvTokens));

    private static Gen<FuzzFile> CellEdits() =>
        from count in Gen.Int[1, 6]
        from cells in Gen.Int[0, int.MaxValue].Array[count]
        from values in CellValue.Array[count]
        from types in Gen.Int[0, 9].Array[count]
        select new FuzzFile(Zip(Parts.Value.FindIndex(p => p.Name == Sheet), Encoding.UTF8.GetBytes(EditCells(cells, values, types)), -1, -1, 0));

    [GeneratedRegex("""<x:c r="(?<ref>[A-Z]+[0-9]+)"[^>]*>.*?</x:c>""")]
    private static partial Regex Cell();

    /// <summary>The sheet with some cells given new values (escaped, so the XML stays whole) and sometimes another type.</summary>
    private static string EditCells(int[] cells, string[] values, int[] types)
    {
        var sheet = Parts.Value.Single(p => p.Name == Sheet).Text;
        var matches = Cell().Matches(sheet);
        var edits = new Dictionary<int, string>();
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = matches[cells[i] % matches.Count];
            var value = SecurityElement.Escape(new string(values[i].Where(XmlConvert.IsXmlChar).ToArray()));
            var r = cell.Groups["ref"].Value;
            edits[cell.Index] = types[i] switch
            {
                0 => $"<x:c r=\"{r}\" t=\"n\"><x:v>{value}</x:v></x:c>",
                1 => $"<x:c r=\"{r}\" t=\"b\"><x:v>{value}</x:v></x:c>",
                2 => $"<x:c r=\"{r}\" t=\"s\"><x:v>{value}</x:v></x:c>",
                3 => $"<x:c r=\"{r}\" t=\"inlineStr\"><x:is><x:t>{value}</x:t></x:is></x:c>",
                4 => $"<x:c r=\"{r}\" s=\"3\"><x:v>{value}</x:v></x:c>",
                _ => $"<x:c r=\"{r}\" t=\"str\"><x:v>{value}</x:v></x:c>",
            };
        }
        var result = new StringBuilder(sheet.Length + 256);
        var at = 0;
        foreach (Match cell in matches)
        {
            if (!edits.TryGetValue(cell.Index, out var edit)) continue;
            result.Append(sheet, at, cell.Index - at).Append(edit);
            at = cell.Index + cell.Length;
        }
        return result.Append(sheet, at, sheet.Length - at).ToString();
    }

    /// <summary>The seed workbook with one part's bytes replaced, for regression tests of what fuzzing found.</summary>
    public static FuzzFile Replacing(string name, Func<string, byte[]> replace)
    {
        var part = Parts.Value.FindIndex(p => p.Name == name);
        return new FuzzFile(Zip(part, replace(Parts.Value[part].Text), drop: -1, flip: -1, value: 0));
    }

    private static byte[] Zip(int part, byte[] edited, int drop, int flip, byte value)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < Parts.Value.Count; i++)
            {
                if (i == drop) continue;
                using var entry = zip.CreateEntry(Parts.Value[i].Name, CompressionLevel.NoCompression).Open();
                entry.Write(i == part ? edited : Encoding.UTF8.GetBytes(Parts.Value[i].Text));
            }
        }
        var bytes = stream.ToArray();
        if (flip >= 0) bytes[flip % bytes.Length] = value;
        return bytes;
    }
}
