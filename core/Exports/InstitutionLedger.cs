using SkillCert.Core.Institutions;
using SkillCert.Core.Numbers;
using SkillCert.Core.Rosters;

namespace SkillCert.Core.Exports;

/// <summary>
/// All certificates of one institution in one export. The export is rebuilt from the rosters each time, and:
/// a number, once exported, stays with its certificate (rows without a number get the one the previous export
/// gave them); a revocation is never lost (revoked certificates are carried over even when their roster row is
/// gone); certificates left out of the rosters are dropped, but their numbers stay used; new numbers follow in
/// issue-date order; revocations.csv is applied last.
/// </summary>
public sealed class InstitutionLedger(Institution institution, SerialAssigner serials)
{
    private static readonly string NumberColumn = RosterColumns.Header(RosterColumn.Number);
    private readonly List<ExportedCertificate> _rows = [];
    private readonly List<RowProblem> _problems = [];

    public Institution Institution => institution;

    /// <summary>Adds a checked roster row; its number may still be empty.</summary>
    public void Add(ExportedCertificate row) => _rows.Add(row);

    /// <param name="previous">This institution's certificates in the previous export, if there was one.</param>
    /// <param name="floors">Serials used by certificates that earlier exports dropped, by 16-character number prefix.</param>
    /// <param name="revocations">The lines of revocations.csv whose numbers carry this institution's seq.</param>
    public LedgerOutcome Close(IReadOnlyCollection<ExportedCertificate> previous, IReadOnlyDictionary<string, int> floors,
        IReadOnlyCollection<Revocation> revocations)
    {
        CheckDuplicates();
        var carried = MatchPrevious(previous, out var dropped);

        var newNumbers = AssignNumbers(previous, floors);

        var certificates = new List<ExportedCertificate>(_rows.Count + carried.Count);
        certificates.AddRange(_rows.Where(r => r.Number is not null));
        certificates.AddRange(carried);
        certificates.Sort((a, b) => string.CompareOrdinal(a.Number, b.Number));
        ApplyRevocations(certificates, revocations);
        var floorsNow = dropped.Count == 0 && floors.Count == 0 ? new Dictionary<string, int>() : Floors(certificates, dropped, floors);
        return new LedgerOutcome(certificates, _problems, dropped, floorsNow, newNumbers);
    }

    private void CheckDuplicates()
    {
        var byNumber = new Dictionary<string, ExportedCertificate>(StringComparer.Ordinal);
        var byKey = new Dictionary<CertificateKey, ExportedCertificate>();
        foreach (var row in _rows)
        {
            if (row.Number is not null && !byNumber.TryAdd(row.Number, row))
                _problems.Add(new(row.Origin, NumberColumn, $"{row.Number} is given to two rows; a number belongs to one certificate", byNumber[row.Number].Origin));
            if (!byKey.TryAdd(row.Key, row))
                _problems.Add(new(row.Origin, "", "the same person has the same occupation, trade, level and issue date twice; remove the repeated row",
                    byKey[row.Key].Origin));
        }
    }

    // Rows with a number are the certificates with that number. A row without one is the previous export's
    // certificate of the same key, if there is one, and takes its number and its revocation.
    private List<ExportedCertificate> MatchPrevious(IReadOnlyCollection<ExportedCertificate> previous, out List<ExportedCertificate> dropped)
    {
        var carried = new List<ExportedCertificate>();
        dropped = [];
        if (previous.Count == 0) return carried;
        var given = new HashSet<string>(_rows.Where(r => r.Number is not null).Select(r => r.Number!), StringComparer.Ordinal);
        var byNumber = previous.ToDictionary(p => p.Number!, StringComparer.Ordinal);
        var unmatched = new Dictionary<CertificateKey, ExportedCertificate>();
        foreach (var old in previous) if (!given.Contains(old.Number!)) unmatched.TryAdd(old.Key, old);
        var matched = new HashSet<string>(StringComparer.Ordinal);

        var waiting = _rows.Where(r => r.Number is null).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.First());
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
                            $"{number} was exported for another certificate, which is still in the rosters without a number; a number belongs to one certificate",
                            owner.Origin));
                    CarryRevocation(same, row);
                }
                if (unmatched.Remove(row.Key, out var renumbered))
                {
                    matched.Add(renumbered.Number!);
                    _problems.Add(new(row.Origin, NumberColumn,
                        $"this certificate was exported as {renumbered.Number}; a certificate keeps its number, so write {renumbered.Number} or leave the cell empty"));
                }
            }
            else if (unmatched.Remove(row.Key, out var old))
            {
                matched.Add(old.Number!);
                row.Number = old.Number;
                CarryRevocation(old, row);
            }
        }
        foreach (var old in previous)
        {
            if (given.Contains(old.Number!) || matched.Contains(old.Number!)) continue;
            (old.IsRevoked ? carried : dropped).Add(old);
        }
        return carried;
    }

    private static void CarryRevocation(ExportedCertificate from, ExportedCertificate to)
    {
        if (from is { RevokedOn: { } on, RevocationReason: { } reason }) to.Revoke(on, reason);
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
                    $"no serial is left: {institution.Seq} has used all {serials.Form.MaxSerial} serials of {row.IssuedOn.Year} level {row.Level} " +
                    $"in the {serials.Form.Name} form"));
        }
        return waiting.Count;
    }

    private void ApplyRevocations(List<ExportedCertificate> certificates, IReadOnlyCollection<Revocation> revocations)
    {
        if (revocations.Count == 0) return;
        var byNumber = certificates.ToDictionary(c => c.Number!, StringComparer.Ordinal);
        foreach (var revocation in revocations)
        {
            if (!byNumber.TryGetValue(revocation.Number, out var certificate))
                _problems.Add(new(revocation.Origin, RevocationList.NumberColumn,
                    $"no certificate in the export has the number {revocation.Number}; check it against the rosters"));
            else if (revocation.On < certificate.IssuedOn)
                _problems.Add(new(revocation.Origin, RevocationList.DateColumn,
                    $"{revocation.On:yyyy-MM-dd} is before the certificate was issued ({certificate.IssuedOn:yyyy-MM-dd})"));
            else
                certificate.Revoke(revocation.On, revocation.Reason);
        }
    }

    // A dropped certificate's serial must not be given again. When it is above every serial still in the export
    // for its prefix, the export records it, so that the next export knows it too.
    private static Dictionary<string, int> Floors(List<ExportedCertificate> certificates, List<ExportedCertificate> dropped,
        IReadOnlyDictionary<string, int> earlier)
    {
        var highestKept = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in certificates) Raise(highestKept, c.Number!);
        var used = new Dictionary<string, int>(earlier, StringComparer.Ordinal);
        foreach (var d in dropped) Raise(used, d.Number!);
        return used.Where(u => u.Value > highestKept.GetValueOrDefault(u.Key)).ToDictionary(StringComparer.Ordinal);
    }

    private static void Raise(Dictionary<string, int> highest, string number)
    {
        var prefix = number[..CertificateNumber.PrefixLength];
        if (!int.TryParse(number.AsSpan(CertificateNumber.PrefixLength), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var serial)) return;
        if (serial > highest.GetValueOrDefault(prefix)) highest[prefix] = serial;
    }
}
