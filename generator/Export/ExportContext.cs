using SkillCert.Core.Catalogue;
using SkillCert.Core.Exports;

namespace SkillCert.Generator.Export;

/// <summary>What every institution's share of the export shares: the catalogue, the day, the keys, and the previous export.</summary>
public sealed record ExportContext(CatalogueContent Catalogue, DateOnly AsOf, byte[] IdKey, PreviousExport? Previous, string? RevocationsDisplay)
{
    /// <summary>The previous export's reserved serials of one institution, by number prefix.</summary>
    public IReadOnlyDictionary<string, int> FloorsOf(string seq) =>
        Previous?.SerialFloors.Where(f => f.Key.Length == Core.Numbers.CertificateNumber.PrefixLength && f.Key.Substring(7, 6) == seq)
            .ToDictionary(StringComparer.Ordinal) ?? [];

    /// <summary>A fresh serial assigner for an institution, in the catalogue's number form.</summary>
    public SerialAssigner SerialsFor(Core.Institutions.Institution institution) =>
        new(institution, Catalogue.Site.Province, Catalogue.Site.NumberForm);
}
