using System.IO.Compression;
using System.Xml;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// Looks inside an .xlsx before MiniExcel reads it. An .xlsx is a zip archive, so a small file can expand without
/// bound: the entries are counted and every byte is decompressed and counted against a limit first. Then the first
/// worksheet's XML is scanned for formulas and merged cells, which a roster must not have.
/// </summary>
public static class XlsxInspection
{
    /// <summary>The most an .xlsx roster may expand to; a roster of 100,000 people is far below it.</summary>
    public const long MaxUncompressedBytes = 200L * 1024 * 1024;

    public const int MaxEntries = 1000;

    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings Xml = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };

    /// <summary>The first sheet's facts, or null after reporting why the file cannot be read safely.</summary>
    public static XlsxSheetFacts? Inspect(byte[] bytes, string display, List<ExportError> errors)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                errors.Add(ExportError.OfFile(DiagnosticCodes.RosterUnreadable, display,
                    $"工作簿有 {zip.Entries.Count} 个部件，超过了花名册最多 {MaxEntries} 个的限制；请把花名册单独复制到一个新工作簿里保存",
                    $"the workbook has {zip.Entries.Count} parts, more than the {MaxEntries} a roster may have; save the roster alone in a new workbook"));
                return null;
            }
            if (!WithinSizeLimit(zip, display, errors)) return null;
            var (name, sheetPath) = FirstSheet(zip);
            if (sheetPath is null || zip.GetEntry(sheetPath) is not { } sheet)
            {
                errors.Add(ExportError.OfFile(DiagnosticCodes.RosterUnreadable, display, "工作簿里没有工作表；请把花名册另存为 Excel 工作簿（.xlsx）",
                    "the workbook has no worksheet; save the roster as an Excel workbook (.xlsx)"));
                return null;
            }
            return Scan(sheet, name);
        }
        // System.Xml throws ArgumentOutOfRangeException, not XmlException, for an XML declaration whose version runs on
        // in non-ASCII characters before its encoding (found by fuzzing), so argument errors count as unreadable too.
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or ArgumentException)
        {
            errors.Add(ExportError.OfFile(DiagnosticCodes.RosterUnreadable, display, $"不是能读取的 .xlsx 工作簿（{e.Message}）；请在 Excel 或 WPS 里打开，重新另存为 .xlsx",
                $"not a readable .xlsx workbook ({e.Message}); open it in Excel or WPS and save it again as .xlsx"));
            return null;
        }
    }

    private static bool WithinSizeLimit(ZipArchive zip, string display, List<ExportError> errors)
    {
        var declared = zip.Entries.Sum(e => e.Length);
        var total = 0L;
        var buffer = new byte[81920];
        if (declared <= MaxUncompressedBytes)
        {
            // The sizes an archive declares can lie, so the bytes are counted as they come out.
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer)) > 0 && (total += read) <= MaxUncompressedBytes) { }
                if (total > MaxUncompressedBytes) break;
            }
        }
        if (declared <= MaxUncompressedBytes && total <= MaxUncompressedBytes) return true;
        errors.Add(ExportError.OfFile(DiagnosticCodes.RosterUnreadable, display,
            $"工作簿解压后超过 {MaxUncompressedBytes / (1024 * 1024)} MB，花名册用不了这么大；里面可能有图片或异常内容，请把花名册单独复制到一个新工作簿里保存",
            $"the workbook expands to more than {MaxUncompressedBytes / (1024 * 1024)} MB, which no roster needs; " +
            "it may be a zip bomb, or hold pictures — save the roster alone in a new workbook"));
        return false;
    }

    private static (string Name, string? Path) FirstSheet(ZipArchive zip)
    {
        string? name = null, id = null;
        using (var reader = XmlReader.Create(zip.GetEntry("xl/workbook.xml")?.Open() ?? Stream.Null, Xml))
        {
            while (reader.Read())
            {
                if (reader is not { NodeType: XmlNodeType.Element, LocalName: "sheet" }) continue;
                name = reader.GetAttribute("name");
                id = reader.GetAttribute("id", RelationshipNamespace);
                break;
            }
        }
        if (name is null || id is null) return ("", null);
        using var rels = XmlReader.Create(zip.GetEntry("xl/_rels/workbook.xml.rels")?.Open() ?? Stream.Null, Xml);
        while (rels.Read())
        {
            if (rels is not { NodeType: XmlNodeType.Element, LocalName: "Relationship" } || rels.GetAttribute("Id") != id) continue;
            var target = rels.GetAttribute("Target") ?? "";
            return (name, target.StartsWith('/') ? target[1..] : "xl/" + target);
        }
        return (name, null);
    }

    private static XlsxSheetFacts Scan(ZipArchiveEntry sheet, string name)
    {
        var formulas = new List<XlsxCellRef>();
        var merges = new List<(XlsxCellRef, XlsxCellRef)>();
        XlsxCellRef current = default;
        using var reader = XmlReader.Create(sheet.Open(), Xml);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != MainNamespace) continue;
            switch (reader.LocalName)
            {
                case "c":
                    XlsxCellRef.TryParse(reader.GetAttribute("r"), out current);
                    break;
                case "f":
                    formulas.Add(current);
                    break;
                case "mergeCell":
                    var range = (reader.GetAttribute("ref") ?? "").Split(':');
                    if (range.Length == 2 && XlsxCellRef.TryParse(range[0], out var from) && XlsxCellRef.TryParse(range[1], out var to))
                        merges.Add((from, to));
                    break;
            }
        }
        return new XlsxSheetFacts(name, formulas, merges);
    }
}
