using SkillCert.Core.Batches;
using SkillCert.Core.Exports;

namespace SkillCert.Generator.Export;

/// <summary>
/// The export's records of one institution's batches: every batch with a roster, in whatever state, with its counts
/// per occupation, trade and level (publicised: the rows that checked; issued: its certificates in the export), and every
/// issued batch of the previous export whose roster is gone, since its certificates stay.
/// </summary>
public static class BatchRecords
{
    public static List<BatchRecord> Of(string seq, IReadOnlyList<BatchRows> batches, IReadOnlyList<ExportedCertificate> certificates,
        IReadOnlyList<BatchRecord> previous)
    {
        var issued = certificates.Where(c => c.Batch is not null).GroupBy(c => c.Batch!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var records = new List<BatchRecord>(batches.Count);
        foreach (var batch in batches)
        {
            var ofBatch = issued.GetValueOrDefault(batch.File.Batch) ?? [];
            records.Add(new BatchRecord(seq, batch.File.Batch, batch.Batch.Totals, batch.Batch.Lifecycle, batch.Status.State, ofBatch.Count,
                Counts(Tally(batch.Checked), ofBatch)));
        }
        var read = batches.Select(b => b.File.Batch).ToHashSet(StringComparer.Ordinal);
        foreach (var record in previous)
        {
            if (read.Contains(record.Batch) || !issued.TryGetValue(record.Batch, out var ofBatch)) continue;
            var publicised = record.Counts.ToDictionary(c => (Code: c.OccupationCode, Trade: c.Trade ?? "", c.Level), c => (Name: c.OccupationName, People: c.Publicised));
            records.Add(record with { State = BatchState.Issued, Certificates = ofBatch.Count, Counts = Counts(publicised, ofBatch) });
        }
        return records;
    }

    private static Dictionary<(string Code, string Trade, int Level), (string Name, int People)> Tally(IEnumerable<ExportedCertificate> rows)
    {
        var tally = new Dictionary<(string Code, string Trade, int Level), (string Name, int People)>();
        foreach (var row in rows)
        {
            var key = (row.OccupationCode, row.Trade ?? "", row.Level);
            tally[key] = (row.OccupationName, tally.GetValueOrDefault(key).People + 1);
        }
        return tally;
    }

    private static List<BatchCount> Counts(Dictionary<(string Code, string Trade, int Level), (string Name, int People)> publicised,
        IReadOnlyList<ExportedCertificate> issued)
    {
        var certificates = Tally(issued);
        return publicised.Keys.Union(certificates.Keys)
            .Select(k => new BatchCount(k.Code, (publicised.TryGetValue(k, out var p) ? p.Name : certificates[k].Name), k.Trade.Length == 0 ? null : k.Trade,
                k.Level, publicised.GetValueOrDefault(k).People, certificates.GetValueOrDefault(k).People))
            .OrderBy(c => c.OccupationCode, StringComparer.Ordinal).ThenBy(c => c.Trade ?? "", StringComparer.Ordinal).ThenBy(c => c.Level)
            .ToList();
    }
}
