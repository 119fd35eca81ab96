using SkillCert.Core.Catalogue;
using SkillCert.Core.Exports;
using SkillCert.Core.Institutions;

namespace SkillCert.Generator.Export;

/// <summary>
/// The export's <c>institutions</c> table: every institution of the catalogue, with its standing on the export date.
/// The export knows which years each institution issued certificates in, so the two-year inactivity rule applies.
/// </summary>
public static class InstitutionTable
{
    public static IEnumerable<InstitutionRow> Rows(CatalogueContent catalogue, DateOnly asOf, IReadOnlyDictionary<string, IReadOnlySet<int>> years) =>
        catalogue.Institutions.Select(i =>
        {
            var status = i.StatusOn(asOf, new CertificateActivity(years.GetValueOrDefault(i.Seq) ?? new HashSet<int>()));
            return new InstitutionRow(i.Seq, i.NameOn(asOf), i.Category.ToString(), i.Route, catalogue.Site.Province, i.County,
                status.Slug, status.Cause, FilingJson.Serialize(i));
        });
}
