using SkillCert.Core.Catalogue;
using SkillCert.Core.Exports;
using SkillCert.Core.Numbers;

namespace SkillCert.Generator.Export;

/// <summary>
/// What every institution's share of the export shares: the catalogue, the day, the keys (during an id key rotation,
/// the old one too), and the previous export.
/// </summary>
public sealed record ExportContext(CatalogueContent Catalogue, DateOnly AsOf, byte[] IdKey, PreviousExport? Previous, string? RevocationsDisplay,
    byte[]? PreviousIdKey = null)
{
    // Grouped once per run: every institution asks for its floors, and a scan of all of them per institution would
    // grow with institutions × floors. Only read afterwards, so the workers share it.
    private readonly Dictionary<string, Dictionary<string, int>> _floorsBySeq = GroupFloors(Previous);

    /// <summary>The previous export's reserved serials of one institution, by number prefix.</summary>
    public IReadOnlyDictionary<string, int> FloorsOf(string seq) =>
        _floorsBySeq.TryGetValue(seq, out var floors) ? floors : new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>A fresh serial assigner for an institution, in the catalogue's number form.</summary>
    public SerialAssigner SerialsFor(Core.Institutions.Institution institution) =>
        new(institution, Catalogue.Site.Province, Catalogue.Site.NumberForm);

    // The institution's seq is the six digits after the letter, the route and the province (see CertificateNumber).
    private static Dictionary<string, Dictionary<string, int>> GroupFloors(PreviousExport? previous) =>
        (previous?.SerialFloors ?? new Dictionary<string, int>())
            .Where(f => f.Key.Length == CertificateNumber.PrefixLength)
            .GroupBy(f => f.Key.Substring(7, 6), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
}
