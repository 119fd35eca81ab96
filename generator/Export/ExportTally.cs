using System.Globalization;
using SkillCert.Core.Exports;
using SkillCert.Core.Signing;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// What the writer keeps of each institution once its rows are written: counts, the summary, the years it issued
/// certificates in, the serials to keep reserved, its batches and the hashes of its input files.
/// </summary>
public sealed class ExportTally(string outPath)
{
    private readonly List<(string, string)> _inputs = [];
    private readonly Dictionary<string, int> _floors = new(StringComparer.Ordinal);
    private readonly List<BatchRecord> _batches = [];
    private int _certificates, _revoked, _newNumbers, _rosterRows, _institutions, _kept;

    private readonly List<ResultsSummary> _summaries = [];

    /// <summary>The results summaries of the institutions with rosters, in seq order.</summary>
    public IEnumerable<ResultsSummary> Summaries => _summaries.OrderBy(s => s.InstitutionSeq, StringComparer.Ordinal);

    public Dictionary<string, IReadOnlySet<int>> YearsByInstitution { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> SerialFloors => _floors;

    public int Files => _inputs.Count;

    /// <summary>Every institution's batches, in the order the institutions were written.</summary>
    public IReadOnlyList<BatchRecord> Batches => _batches;

    public void Add(InstitutionOutcome outcome)
    {
        _inputs.AddRange(outcome.Inputs);
        foreach (var (prefix, serial) in outcome.SerialFloors) _floors[prefix] = serial;
        if (outcome.Summary.Lines.Count > 0) _summaries.Add(outcome.Summary);
        _institutions++;
        _rosterRows += outcome.RosterRows;
        _newNumbers += outcome.NewNumbers;
        _certificates += outcome.Certificates.Count;
        _revoked += outcome.Revoked;
        _kept += outcome.Kept;
        _batches.AddRange(outcome.Batches);
        YearsByInstitution[outcome.Seq] = outcome.Years;
    }

    /// <summary>The roster inputs for the content hash, with revocations.csv (its SHA-256 as it was read) when there is one.</summary>
    public IEnumerable<(string File, string Sha256)> Inputs(string? revocationsSha256) =>
        revocationsSha256 is { } sha256 ? _inputs.Append((RosterDiscovery.RevocationsFile, sha256)) : _inputs;

    public string Describe(IReadOnlyList<PublishedKey> keys, DateOnly asOf, string form)
    {
        var current = keys.Single(k => k.Retired is null).KeyId;
        var earlier = keys.Where(k => k.Retired is not null)
            .Select(k => k.Revoked is { } revoked ? $"{k.KeyId} (revoked {revoked:yyyy-MM-dd})" : $"{k.KeyId} (retired {k.Retired:yyyy-MM-dd})").ToList();
        var earlierNote = earlier.Count > 0 ? $", earlier keys: {string.Join(", ", earlier)}" : "";
        var issued = _batches.Count(b => b.State == Core.Batches.BatchState.Issued);
        var held = _batches.Count - issued;
        var heldNote = held > 0 ? $", {held} not issued (see the warnings)" : "";
        if (!DiagnosticStyle.Current.English)
        {
            var earlierZh = keys.Where(k => k.Retired is not null)
                .Select(k => k.Revoked is { } r ? $"{k.KeyId}（{r:yyyy-MM-dd} 吊销）" : $"{k.KeyId}（{k.Retired:yyyy-MM-dd} 停用）").ToList();
            var heldZh = held > 0 ? $"，{held} 个未发证（见上面的警告）" : "";
            var earlierNoteZh = earlierZh.Count > 0 ? $"，以前的密钥：{string.Join("、", earlierZh)}" : "";
            return string.Create(CultureInfo.InvariantCulture,
                $"导出了 {_institutions} 个评价机构的 {_certificates} 本证书（花名册 {_rosterRows} 行，新编号 {_newNumbers} 个，撤销 {_revoked} 本，" +
                $"沿用上一次导出、花名册里已没有的 {_kept} 本），读了 {Files} 个文件，写入 {outPath}，导出日期 {asOf:yyyy-MM-dd}；" +
                $"批次：{issued} 个已发证{heldZh}；编号格式 {form}；当前签名密钥 {current}{earlierNoteZh}");
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"exported {_certificates} certificates ({_rosterRows} roster rows, {_newNumbers} new numbers, {_revoked} revoked, {_kept} kept from the previous export without a roster row) " +
            $"of {_institutions} institutions from {Files} files to {outPath} as of {asOf:yyyy-MM-dd}; batches: {issued} issued{heldNote}; numbers in {form}; signing key {current} is current{earlierNote}");
    }
}
