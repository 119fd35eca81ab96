using System.Globalization;
using SkillCert.Core.Exports;
using SkillCert.Core.Signing;

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
        return string.Create(CultureInfo.InvariantCulture,
            $"exported {_certificates} certificates ({_rosterRows} roster rows, {_newNumbers} new numbers, {_revoked} revoked, {_kept} kept from the previous export without a roster row) " +
            $"of {_institutions} institutions from {Files} files to {outPath} as of {asOf:yyyy-MM-dd}; batches: {issued} issued{heldNote}; numbers in {form}; signing key {current} is current{earlierNote}");
    }
}
