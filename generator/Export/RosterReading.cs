using SkillCert.Core.Rosters;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// Reads one roster file, CSV or XLSX, into rows: the size limit, the read errors and the choice of reader live here
/// once, for the export and for the certificates that are rendered from the same rosters.
/// </summary>
public static class RosterReading
{
    /// <summary>Rosters larger than this are refused before they are read; a batch of 100,000 people is a tenth of it.</summary>
    public const long MaxRosterBytes = 256L * 1024 * 1024;

    /// <summary>The file's bytes (valid until the buffers read again), or null after reporting why it cannot be read.</summary>
    public static ReadOnlyMemory<byte>? ReadFile(string path, string display, RosterBuffers buffers, List<ExportError> errors)
    {
        try
        {
            return buffers.ReadFile(path, MaxRosterBytes);
        }
        catch (FileTooLargeException e)
        {
            errors.Add(ExportError.OfFile(DiagnosticCodes.RosterUnreadable, display,
                $"文件有 {e.Length / (1024 * 1024)} MB，超过了花名册最多 {MaxRosterBytes / (1024 * 1024)} MB 的限制；请按批次拆成几个文件",
                $"the file is {e.Length / (1024 * 1024)} MB, over the {MaxRosterBytes / (1024 * 1024)} MB a roster may have; split it into batches"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(ExportError.OfFile(DiagnosticCodes.RosterUnreadable, display, $"文件读不出来（{e.Message}）；请检查文件是否存在、有没有读取权限",
                $"cannot read the file: {e.Message}"));
        }
        return null;
    }

    /// <summary>Calls <paramref name="onRow"/> for every data row of the roster's bytes; returns the header, or null after reporting why there is none.</summary>
    public static RosterHeader? ReadRows(RosterFile file, ReadOnlyMemory<byte> bytes, int source, CellPool cells, RosterBuffers buffers,
        List<ExportError> errors, Action<RosterRow> onRow) =>
        file.IsXlsx
            ? XlsxRosterReader.Read(file, bytes.ToArray(), source, cells, errors, onRow)
            : CsvRosterReader.Read(file, bytes, source, cells, buffers, errors, onRow);
}
