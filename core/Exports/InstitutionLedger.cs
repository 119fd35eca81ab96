using SkillCert.Core.Institutions;
using SkillCert.Core.Numbers;
using SkillCert.Core.Rosters;

namespace SkillCert.Core.Exports;

/// <summary>
/// All certificates of one institution in one export. The export is rebuilt from the rosters each time, and: nothing
/// issued is ever dropped (a certificate of the previous export stays, with its number, when its row is gone); a number,
/// once exported, stays with its certificate (rows without a number get the one the previous export gave them); an
/// issued certificate's holder name is never edited, only corrected by a reissue, which revokes it (已更正，新证书 N);
/// new numbers follow in issue-date order; objections upheld after issue, then revocations.csv, revoke last.
/// </summary>
public sealed class InstitutionLedger(Institution institution, SerialAssigner serials)
{
    private static readonly string NumberColumn = RosterColumns.Header(RosterColumn.Number);
    private static readonly string ReplacesColumn = RosterColumns.Header(RosterColumn.Replaces);
    private readonly List<ExportedCertificate> _rows = [];
    private readonly List<(ExportedCertificate Row, DateOnly On, string Reason, RowOrigin At, string Column)> _rowRevocations = [];
    private readonly List<RowProblem> _problems = [];

    public Institution Institution => institution;

    /// <summary>Adds a checked roster row of an issued batch; its number may still be empty.</summary>
    public void Add(ExportedCertificate row) => _rows.Add(row);

    /// <summary>
    /// Revokes the certificate of an added row once it has its number: an objection upheld after the batch was issued.
    /// <paramref name="at"/> and <paramref name="column"/> say where the objection is written, for a problem with it.
    /// </summary>
    public void RevokeRow(ExportedCertificate row, DateOnly on, string reason, RowOrigin at, string column) =>
        _rowRevocations.Add((row, on, reason, at, column));

    /// <param name="previous">This institution's certificates in the previous export, if there was one.</param>
    /// <param name="floors">Serials an earlier export reserved for certificates it dropped, by 16-character number prefix.</param>
    /// <param name="revocations">The lines of revocations.csv whose numbers carry this institution's seq.</param>
    public LedgerOutcome Close(IReadOnlyCollection<ExportedCertificate> previous, IReadOnlyDictionary<string, int> floors,
        IReadOnlyCollection<Revocation> revocations)
    {
        CheckDuplicates();
        var kept = MatchPrevious(previous);

        var newNumbers = AssignNumbers(previous, floors);

        var certificates = new List<ExportedCertificate>(_rows.Count + kept.Count);
        certificates.AddRange(_rows.Where(r => r.Number is not null));
        certificates.AddRange(kept);
        certificates.Sort((a, b) => string.CompareOrdinal(a.Number, b.Number));
        // A number given to two rows is a problem already; the first row keeps it here.
        var byNumber = new Dictionary<string, ExportedCertificate>(certificates.Count, StringComparer.Ordinal);
        foreach (var c in certificates) byNumber.TryAdd(c.Number!, c);
        ApplyReissues(byNumber);
        ApplyRowRevocations();
        ApplyRevocations(byNumber, revocations);
        var floorsNow = floors.Count == 0 ? new Dictionary<string, int>() : Floors(certificates, floors);
        return new LedgerOutcome(certificates, _problems, kept, floorsNow, newNumbers);
    }

    private void CheckDuplicates()
    {
        var byNumber = new Dictionary<string, ExportedCertificate>(StringComparer.Ordinal);
        var byKey = new Dictionary<CertificateKey, ExportedCertificate>();
        foreach (var row in _rows)
        {
            if (row.Number is not null && !byNumber.TryAdd(row.Number, row))
                _problems.Add(new(row.Origin, NumberColumn, $"{row.Number} 填在了两行上；一个编号只属于一本证书",
                    $"{row.Number} is given to two rows; a number belongs to one certificate", byNumber[row.Number].Origin));
            // A reissue may repeat the key of the certificate it corrects (a misspelt name): it is told apart by what it replaces.
            if (row.Replaces is null && !byKey.TryAdd(row.Key, row))
                _problems.Add(new(row.Origin, "", "同一个人的同一职业（工种）、等级和发证日期出现了两次；请删掉重复的那一行",
                    "the same person has the same occupation, trade, level and issue date twice; remove the repeated row",
                    byKey[row.Key].Origin));
        }
    }

    // Rows with a number are the certificates with that number. A row without one is the previous export's certificate
    // of the same key (a reissue: the one that replaces the same certificate), if there is one, and takes its number,
    // its revocation and its replacement. Every previous certificate no row took is kept as it was.
    private List<ExportedCertificate> MatchPrevious(IReadOnlyCollection<ExportedCertificate> previous)
    {
        if (previous.Count == 0) return [];
        var given = new HashSet<string>(_rows.Where(r => r.Number is not null).Select(r => r.Number!), StringComparer.Ordinal);
        var byNumber = previous.ToDictionary(p => p.Number!, StringComparer.Ordinal);
        var unmatched = new Dictionary<CertificateKey, ExportedCertificate>();
        var reissues = new Dictionary<string, ExportedCertificate>(StringComparer.Ordinal);
        foreach (var old in previous)
        {
            if (given.Contains(old.Number!)) continue;
            if (old.Replaces is { } replaced) reissues.TryAdd(replaced, old);
            else unmatched.TryAdd(old.Key, old);
        }
        var matched = new HashSet<string>(StringComparer.Ordinal);

        var waiting = _rows.Where(r => r.Number is null && r.Replaces is null).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.First());
        foreach (var row in _rows)
        {
            if (row.Number is { } number)
            {
                if (byNumber.TryGetValue(number, out var same))
                {
                    // A written number that the previous export gave to another certificate still in the rosters
                    // would take that certificate's number away from it.
                    if (same.Key != row.Key && waiting.TryGetValue(same.Key, out var owner))
                        _problems.Add(new(row.Origin, NumberColumn,
                            $"{number} 已经导出给了另一本证书，那本证书还在花名册里（没有填编号）；一个编号只属于一本证书",
                            $"{number} was exported for another certificate, which is still in the rosters without a number; a number belongs to one certificate",
                            owner.Origin));
                    Carry(same, row);
                }
                if (row.Replaces is null && unmatched.Remove(row.Key, out var renumbered))
                {
                    matched.Add(renumbered.Number!);
                    _problems.Add(new(row.Origin, NumberColumn,
                        $"这本证书已经以 {renumbered.Number} 导出过；证书的编号不能改，请填 {renumbered.Number}，或把这一格留空",
                        $"this certificate was exported as {renumbered.Number}; a certificate keeps its number, so write {renumbered.Number} or leave the cell empty"));
                }
            }
            else if ((row.Replaces is { } replaced ? reissues.Remove(replaced, out var old) : unmatched.Remove(row.Key, out old)) && old is not null)
            {
                matched.Add(old.Number!);
                row.Number = old.Number;
                Carry(old, row);
            }
        }
        return previous.Where(old => !given.Contains(old.Number!) && !matched.Contains(old.Number!)).ToList();
    }

    // What an issued certificate was stays with it: its revocation and its replacement. Its holder's name is printed,
    // and signed into the QR code, so a row that changes it is refused: a misspelt name is corrected by a reissue.
    private void Carry(ExportedCertificate from, ExportedCertificate to)
    {
        if (from.HolderName != to.HolderName)
            _problems.Add(new(to.Origin, RosterColumns.Header(RosterColumn.Name),
                $"证书 {from.Number} 发证时的姓名是“{from.HolderName}”，已发的证书不能改名：姓名有误时请换发，" +
                $"把改正后的一行作为新证书，在“{ReplacesColumn}”列写 {from.Number}（或在批次的 reissues 中写明），原证书随之撤销",
                $"certificate {from.Number} was issued to \"{from.HolderName}\", and an issued certificate keeps its name: to correct a name, reissue — " +
                $"make the corrected row a new certificate with {from.Number} in {ReplacesColumn} (or list it in the batch's reissues), which revokes the old one"));
        if (from is { RevokedOn: { } on, RevocationReason: { } reason }) to.Revoke(on, reason);
        to.RecordReplacedBy(from.ReplacedBy);
    }

    private int AssignNumbers(IReadOnlyCollection<ExportedCertificate> previous, IReadOnlyDictionary<string, int> floors)
    {
        var waiting = _rows.Where(r => r.Number is null)
            .OrderBy(r => r.IssuedOn).ThenBy(r => r.Origin.Source).ThenBy(r => r.Origin.Line).ToList();
        if (waiting.Count == 0) return 0;
        foreach (var row in _rows) if (row.Number is not null) serials.Reserve(row.Number);
        foreach (var old in previous) serials.Reserve(old.Number!);
        foreach (var (prefix, serial) in floors) serials.Reserve(prefix + serial.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(6, '0'));
        foreach (var row in waiting)
        {
            row.Number = serials.Next(row.IssuedOn.Year, row.Level);
            if (row.Number is null)
                _problems.Add(new(row.Origin, NumberColumn,
                    $"编号用完了：{institution.Seq} 在 {row.IssuedOn.Year} 年等级 {row.Level} 的 {serials.Form.MaxSerial} 个序列码（{serials.Form.Name} 格式）已经全部用掉",
                    $"no serial is left: {institution.Seq} has used all {serials.Form.MaxSerial} serials of {row.IssuedOn.Year} level {row.Level} " +
                    $"in the {serials.Form.Name} form"));
        }
        return waiting.Count;
    }

    // A reissue revokes the certificate it replaces from its own issue date. Each certificate is replaced once, by a
    // certificate of the same institution dated no earlier; a certificate revoked for another reason is not corrected.
    private void ApplyReissues(Dictionary<string, ExportedCertificate> byNumber)
    {
        var replacedBy = new Dictionary<string, ExportedCertificate>(StringComparer.Ordinal);
        foreach (var row in _rows)
        {
            if (row.Replacement is not { } claim || row.Number is null) continue;
            void Problem(string column, string message, string messageEn, RowOrigin? seeAlso = null) =>
                _problems.Add(new(claim.Origin, column, message, messageEn, seeAlso));
            if (claim.Number == row.Number)
                Problem(claim.Column, $"{claim.Number} 是这一行自己的编号：换发的新证书不能更正它自己",
                    $"{claim.Number} is this row's own number: a reissued certificate cannot correct itself");
            else if (!byNumber.TryGetValue(claim.Number, out var old))
                Problem(claim.Column, $"{claim.Number} 不是 {institution.Seq} 导出过的证书：核对要更正的证书编号",
                    $"{claim.Number} is no certificate {institution.Seq} has exported: check the number of the certificate to correct");
            else if (replacedBy.TryGetValue(old.Number!, out var first))
                Problem(claim.Column, $"{old.Number} 已由另一行换发：一本证书只能更正一次",
                    $"{old.Number} is already reissued by another row: a certificate is corrected once", first.Replacement!.Origin);
            else if (row.IssuedOn < old.IssuedOn)
                Problem(RosterColumns.Header(RosterColumn.IssuedOn),
                    $"换发的证书不能早于它更正的证书 {old.Number} 的发证日期 {RosterDate.Write(old.IssuedOn)}",
                    $"a reissue cannot be dated before {RosterDate.Write(old.IssuedOn)}, the issue date of {old.Number}, which it corrects");
            else if (old.IsRevoked && old.ReplacedBy != row.Number)
                Problem(claim.Column, $"{old.Number} 已于 {RosterDate.Write(old.RevokedOn!.Value)} 撤销（{old.RevocationReason}）：撤销的证书不再更正",
                    $"{old.Number} was revoked on {RosterDate.Write(old.RevokedOn!.Value)} ({old.RevocationReason}): a revoked certificate is not corrected");
            else
            {
                replacedBy[old.Number!] = row;
                old.ReplaceWith(row);
            }
        }
    }

    private void ApplyRowRevocations()
    {
        foreach (var (row, on, reason, at, column) in _rowRevocations)
        {
            if (row.Number is null) continue;
            if (on < row.IssuedOn)
                _problems.Add(new(at, column, $"异议日期 {RosterDate.Write(on)} 早于第 {row.Origin.Line} 行证书的发证日期 {RosterDate.Write(row.IssuedOn)}",
                    $"the objection's date {RosterDate.Write(on)} is before {RosterDate.Write(row.IssuedOn)}, the issue date of the certificate of line {row.Origin.Line}"));
            else if (!row.IsRevoked)
                row.Revoke(on, reason);
        }
    }

    private void ApplyRevocations(Dictionary<string, ExportedCertificate> byNumber, IReadOnlyCollection<Revocation> revocations)
    {
        foreach (var revocation in revocations)
        {
            if (!byNumber.TryGetValue(revocation.Number, out var certificate))
                _problems.Add(new(revocation.Origin, RevocationList.NumberColumn,
                    $"导出里没有编号为 {revocation.Number} 的证书；请和花名册核对这个编号",
                    $"no certificate in the export has the number {revocation.Number}; check it against the rosters"));
            else if (revocation.On < certificate.IssuedOn)
                _problems.Add(new(revocation.Origin, RevocationList.DateColumn,
                    $"撤销日期 {revocation.On:yyyy-MM-dd} 早于这本证书的发证日期 {certificate.IssuedOn:yyyy-MM-dd}",
                    $"{revocation.On:yyyy-MM-dd} is before the certificate was issued ({certificate.IssuedOn:yyyy-MM-dd})"));
            else if (certificate.ReplacedBy is { } reissue)
                _problems.Add(new(revocation.Origin, RevocationList.NumberColumn,
                    $"{revocation.Number} 已更正并换发为 {reissue}，已经撤销：要撤销的是新证书时，写新证书的编号",
                    $"{revocation.Number} was corrected by the reissue {reissue} and is already revoked: to revoke the new certificate, write its number"));
            else
                certificate.Revoke(revocation.On, revocation.Reason);
        }
    }

    // Serials an earlier export reserved (for certificates it dropped, before nothing issued was dropped) stay reserved
    // while they are above every serial in the export for their prefix.
    private static Dictionary<string, int> Floors(List<ExportedCertificate> certificates, IReadOnlyDictionary<string, int> earlier)
    {
        var highestKept = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in certificates) Raise(highestKept, c.Number!);
        return earlier.Where(u => u.Value > highestKept.GetValueOrDefault(u.Key)).ToDictionary(StringComparer.Ordinal);
    }

    private static void Raise(Dictionary<string, int> highest, string number)
    {
        var prefix = number[..CertificateNumber.PrefixLength];
        if (!int.TryParse(number.AsSpan(CertificateNumber.PrefixLength), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var serial)) return;
        if (serial > highest.GetValueOrDefault(prefix)) highest[prefix] = serial;
    }
}
