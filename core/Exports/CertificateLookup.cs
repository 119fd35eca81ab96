using SkillCert.Core.Rosters;

namespace SkillCert.Core.Exports;

/// <summary>
/// Finds the certificate an export made of a checked roster row, the way a re-export does: a row with a written
/// number is the certificate of that number, and a row the export numbered is the certificate of the same key
/// (institution, holder's ID hash, occupation, trade, level, issue date), or for a reissue, the certificate that
/// replaces the same one. A written number must also be that same
/// certificate, so a roster changed after the export is caught rather than printed. One instance per institution.
/// </summary>
public sealed class CertificateLookup
{
    private static readonly string NumberColumn = RosterColumns.Header(RosterColumn.Number);
    private readonly Dictionary<string, ExportedCertificate> _byNumber;
    private readonly Dictionary<CertificateKey, ExportedCertificate> _byKey;
    private readonly Dictionary<string, ExportedCertificate> _byReplaced;

    /// <param name="exported">The export's certificates of one institution.</param>
    public CertificateLookup(IReadOnlyCollection<ExportedCertificate> exported)
    {
        _byNumber = new Dictionary<string, ExportedCertificate>(exported.Count, StringComparer.Ordinal);
        _byKey = new Dictionary<CertificateKey, ExportedCertificate>(exported.Count);
        _byReplaced = new Dictionary<string, ExportedCertificate>(StringComparer.Ordinal);
        foreach (var c in exported)
        {
            _byNumber[c.Number!] = c;
            if (c.Replaces is { } replaced) _byReplaced.TryAdd(replaced, c);
            else _byKey.TryAdd(c.Key, c);
        }
    }

    /// <summary>The exported certificate of the row, or null after adding the problem that says why there is none.</summary>
    public ExportedCertificate? Find(ExportedCertificate row, List<RowProblem> problems)
    {
        ExportedCertificate? exported;
        if (row.Number is { } number)
        {
            if (!_byNumber.TryGetValue(number, out exported))
            {
                problems.Add(new(row.Origin, NumberColumn, $"导出文件里没有 {number}；请先导出这些花名册，再生成证书",
                    $"{number} is not in the export; export these rosters first, then render"));
                return null;
            }
        }
        else if (row.Replaces is { } replaced)
        {
            if (!_byReplaced.TryGetValue(replaced, out exported))
            {
                problems.Add(new(row.Origin, NumberColumn, $"导出文件里没有换发 {replaced} 的证书；请先导出这些花名册，再生成证书",
                    $"the export has no certificate that replaces {replaced}; export these rosters first, then render"));
                return null;
            }
        }
        else if (!_byKey.TryGetValue(row.Key, out exported))
        {
            problems.Add(new(row.Origin, NumberColumn, "导出文件里没有这个人这一职业（工种）、等级和发证日期的证书；请先导出这些花名册，再生成证书",
                "the export has no certificate of this person, occupation, trade, level and issue date; export these rosters first, then render"));
            return null;
        }
        // The holder's name is signed into the QR code and compared with the export online, so it must be the export's.
        if (Differences(exported, row) is { Length: > 0 } differences)
        {
            problems.Add(new(row.Origin, NumberColumn,
                $"导出文件里的 {exported.Number} 和这一行的 {differences} 不一样：导出以后花名册改过了，请重新导出",
                $"the export's {exported.Number} differs from this row in {differences}; the roster changed after the export, so export again"));
            return null;
        }
        return exported;
    }

    private static string Differences(ExportedCertificate exported, ExportedCertificate row)
    {
        var fields = new List<string>();
        if (exported.HolderName != row.HolderName) fields.Add(RosterColumns.Header(RosterColumn.Name));
        if (exported.DocumentType != row.DocumentType) fields.Add(RosterColumns.Header(RosterColumn.DocumentType));
        if (!exported.IdHash.AsSpan().SequenceEqual(row.IdHash)) fields.Add(RosterColumns.Header(RosterColumn.IdNumber));
        if (exported.OccupationCode != row.OccupationCode) fields.Add(RosterColumns.Header(RosterColumn.OccupationCode));
        if ((exported.Trade ?? "") != (row.Trade ?? "")) fields.Add(RosterColumns.Header(RosterColumn.Trade));
        if (exported.Level != row.Level) fields.Add(RosterColumns.Header(RosterColumn.Level));
        if (exported.IssuedOn != row.IssuedOn) fields.Add(RosterColumns.Header(RosterColumn.IssuedOn));
        if (exported.Institution != row.Institution) fields.Add("机构");
        return string.Join("、", fields);
    }
}
