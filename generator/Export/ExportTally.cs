using System.Globalization;
using SkillCert.Core.Exports;
using SkillCert.Core.Signing;

namespace SkillCert.Generator.Export;

/// <summary>
/// What the writer keeps of each institution once its rows are written: counts, the summary, the years it issued
/// certificates in, the serials to keep reserved and the hashes of its input files. Dropped certificates are
/// reported as warnings here, against the export file they were dropped from.
/// </summary>
public sealed class ExportTally(string outPath)
{
    /// <summary>How many numbers a dropped-certificates warning lists before it says how many more there are.</summary>
    public const int ListedNumbers = 5;

    private readonly List<(string, string)> _inputs = [];
    private readonly Dictionary<string, int> _floors = new(StringComparer.Ordinal);
    private int _certificates, _revoked, _newNumbers, _rosterRows, _institutions;

    private readonly List<ResultsSummary> _summaries = [];

    /// <summary>The results summaries of the institutions with rosters, in seq order.</summary>
    public IEnumerable<ResultsSummary> Summaries => _summaries.OrderBy(s => s.InstitutionSeq, StringComparer.Ordinal);

    public Dictionary<string, IReadOnlySet<int>> YearsByInstitution { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> SerialFloors => _floors;

    public int Files => _inputs.Count;

    public void Add(InstitutionOutcome outcome, List<ExportError> errors)
    {
        _inputs.AddRange(outcome.Inputs);
        foreach (var (prefix, serial) in outcome.SerialFloors) _floors[prefix] = serial;
        if (outcome.RosterRows > 0) _summaries.Add(outcome.Summary);
        _institutions++;
        _rosterRows += outcome.RosterRows;
        _newNumbers += outcome.NewNumbers;
        _certificates += outcome.Certificates.Count;
        _revoked += outcome.Revoked;
        YearsByInstitution[outcome.Seq] = outcome.Years;
        // A row with an error, or a roster that could not be read, is not a certificate left out on purpose; its error says it all.
        if (outcome.Dropped.Count == 0 || outcome.HasErrors) return;
        var listed = string.Join(", ", outcome.Dropped.Take(ListedNumbers).Select(c => c.Number));
        var more = outcome.Dropped.Count > ListedNumbers ? $" and {outcome.Dropped.Count - ListedNumbers} more" : "";
        errors.Add(new ExportError(outPath, 0, "", $"{outcome.Dropped.Count} certificate(s) of {outcome.Seq} in the previous export are in no roster now " +
            $"and were left out: {listed}{more}; their numbers stay reserved. Restore the roster if this was not meant", IsWarning: true));
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
        return string.Create(CultureInfo.InvariantCulture,
            $"exported {_certificates} certificates ({_rosterRows} roster rows, {_newNumbers} new numbers, {_revoked} revoked) of {_institutions} institutions from {Files} files to {outPath} as of {asOf:yyyy-MM-dd}; numbers in {form}; signing key {current} is current{earlierNote}");
    }
}
