using SkillCert.Core.Institutions;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.Preview;

/// <summary>An institution of the previewed catalogue whose status on the previewed day differs from today's.</summary>
public sealed record CatalogueChange(InstitutionOnDay Institution, StatusChange Change)
{
    /// <summary>Every institution whose status changes between <paramref name="today"/> and the catalogue's day, in catalogue order.</summary>
    public static IReadOnlyList<CatalogueChange> Between(CatalogueOnDay catalogue, DateOnly today) =>
        catalogue.Institutions
            .Select(i => (i, StatusChange.Between(i.Institution, today, catalogue.AsOf, catalogue.Export?.ActivityOf(i.Seq))))
            .Where(p => p.Item2 is not null)
            .Select(p => new CatalogueChange(p.i, p.Item2!))
            .ToArray();
}
