using SkillCert.Core.Catalogue;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// Finds the rosters: <c>DIR/&lt;seq&gt;/&lt;batch&gt;.csv</c> or <c>.xlsx</c>, each with an optional <c>&lt;batch&gt;.yml</c>,
/// and <c>DIR/revocations.csv</c>. Anything else is reported, so that a misplaced roster is never silently skipped.
/// The institutions' folders are listed later, each by the worker that reads it.
/// </summary>
public static class RosterDiscovery
{
    public const string RevocationsFile = "revocations.csv";

    public static RosterLayout Discover(string rostersDir, CatalogueContent catalogue, List<ExportError> errors)
    {
        var institutions = new List<InstitutionRosters>();
        string? revocations = null;
        foreach (var entry in FolderEntry.List(rostersDir))
        {
            var display = Path.Join(rostersDir, entry.Name);
            if (entry.IsDirectory)
            {
                if (!IsSeq(entry.Name))
                    errors.Add(ExportError.OfFile(DiagnosticCodes.RosterLayout, display, "花名册文件夹要用评价机构的六位序号（seq）命名，例如 000001；请改名或移走",
                        "a roster folder is named by the institution's six-digit seq, like 000001; rename or move it"));
                else if (catalogue.FindInstitution(entry.Name) is null)
                    errors.Add(ExportError.OfFile(DiagnosticCodes.RosterLayout, display, $"content 的 institutions/ 里没有序号为 {entry.Name} 的评价机构；请核对文件夹名",
                        $"no institution has seq {entry.Name} in the content's institutions/; check the folder name"));
                else
                    institutions.Add(new InstitutionRosters(entry.Name, entry.FullPath, display));
            }
            else if (entry.Name == RevocationsFile)
            {
                revocations = entry.FullPath;
            }
            else
            {
                errors.Add(ExportError.Warning(DiagnosticCodes.RosterLayout, display,
                    $"这个文件没有读取：花名册放在 <序号>/<批次>.csv 或 .xlsx，撤销清单放在 {RevocationsFile}",
                    $"ignored: rosters go in <seq>/<batch>.csv or .xlsx, and revocations in {RevocationsFile}"));
            }
        }
        return new RosterLayout(institutions, revocations, revocations is null ? null : Path.Join(rostersDir, RevocationsFile));
    }

    /// <summary>The batches of one institution's folder, in name order, each with its totals file when there is one.</summary>
    public static List<RosterFile> Batches(string folderPath, string folderDisplay, List<ExportError> errors)
    {
        var files = FolderEntry.List(folderPath).Where(f => !f.Name.StartsWith("~$", StringComparison.Ordinal)).ToList();
        var rosters = new List<RosterFile>();
        var totals = new Dictionary<string, FolderEntry>(StringComparer.Ordinal);
        foreach (var entry in files)
        {
            var display = Path.Join(folderDisplay, entry.Name);
            var extension = Path.GetExtension(entry.Name).ToLowerInvariant();
            var batch = Path.GetFileNameWithoutExtension(entry.Name);
            if (entry.IsDirectory)
                errors.Add(ExportError.Warning(DiagnosticCodes.RosterLayout, display, "这个文件夹没有读取：机构的花名册文件夹里只放文件，即 <批次>.csv 或 .xlsx",
                    "ignored: a roster folder holds files only, <batch>.csv or .xlsx"));
            else if (extension is ".csv" or ".xlsx")
                rosters.Add(new RosterFile(entry.FullPath, display, batch, extension == ".xlsx", null, null));
            else if (extension is ".yml")
                totals[batch] = entry;
            else if (extension is ".xls" or ".et")
                errors.Add(ExportError.OfFile(DiagnosticCodes.RosterLayout, display, "读不了这种表格格式；请把花名册另存为 .xlsx（Excel 工作簿）或“CSV UTF-8（逗号分隔）”",
                    "this spreadsheet format is not read; save the roster as .xlsx (Excel Workbook) or as CSV UTF-8"));
            else
                errors.Add(ExportError.Warning(DiagnosticCodes.RosterLayout, display, "这个文件没有读取：花名册文件夹里只放 <批次>.csv、<批次>.xlsx 和 <批次>.yml",
                    "ignored: only <batch>.csv, <batch>.xlsx and <batch>.yml belong in a roster folder"));
        }
        foreach (var twin in rosters.GroupBy(r => r.Batch, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList())
        {
            errors.Add(ExportError.OfFile(DiagnosticCodes.RosterLayout, twin.Last().Display, $"批次 {twin.Key} 既有 .csv 又有 .xlsx 花名册；只保留一个",
                $"batch {twin.Key} has both a .csv and an .xlsx roster; keep one"));
            // Reading both would report each of its people a second time as a repeated row.
            rosters.Remove(twin.Last());
        }
        foreach (var (batch, file) in totals.Where(t => rosters.All(r => r.Batch != t.Key)))
            errors.Add(ExportError.OfFile(DiagnosticCodes.RosterLayout, Path.Join(folderDisplay, file.Name),
                $"这份批次文件（附件3）旁边没有花名册 {batch}.csv 或 {batch}.xlsx；请放上这个批次的花名册，或检查文件名",
                $"these 附件3 totals have no roster {batch}.csv or {batch}.xlsx beside them"));
        return rosters.Select(r => totals.TryGetValue(r.Batch, out var t)
            ? r with { TotalsPath = t.FullPath, TotalsDisplay = Path.Join(folderDisplay, t.Name) }
            : r).ToList();
    }

    private static bool IsSeq(string name) => name.Length == 6 && name.All(char.IsAsciiDigit) && name != "000000";
}
