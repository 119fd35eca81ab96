using System.IO.Compression;
using System.Text;
using CsCheck;
using MiniExcelLibs;

namespace SkillCert.Tests.Unit.Fuzzing;

/// <summary>
/// Hostile workbooks made from a valid roster workbook: one of its parts (most often the worksheet) edited with XML
/// and roster pieces, sometimes a part left out or a byte of the archive flipped, then zipped again. Random bytes are
/// never a zip archive, so this is how the reader's XML and cell handling gets reached.
/// </summary>
internal static class XlsxInputs
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

    public static Gen<FuzzFile> Workbooks() =>
        from index in Gen.Int[0, Parts.Value.Count * 2]
        let part = index < Parts.Value.Count ? index : Parts.Value.FindIndex(p => p.Name == Sheet)
        from edited in FuzzEdits.Text([Parts.Value[part].Text], XmlTokens)
        from drop in Gen.Int[-30, Parts.Value.Count - 1]
        from flip in Gen.Int[-20, int.MaxValue]
        from value in Gen.Byte
        select new FuzzFile(Zip(part, Encoding.UTF8.GetBytes(edited), drop, flip, value));

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
