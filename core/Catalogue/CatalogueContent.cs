using SkillCert.Core.Institutions;
using SkillCert.Core.Occupations;

namespace SkillCert.Core.Catalogue;

/// <summary>The whole catalogue as the domain sees it: settings, occupations and institutions, ordered by code and seq.</summary>
public sealed class CatalogueContent(SiteSettings site, IReadOnlyList<Occupation> occupations, IReadOnlyList<Institution> institutions)
{
    private readonly Dictionary<string, Institution> _bySeq = institutions.ToDictionary(i => i.Seq, StringComparer.Ordinal);
    private readonly Dictionary<string, Occupation> _byCode = occupations.ToDictionary(o => o.Code, StringComparer.Ordinal);

    public SiteSettings Site { get; } = site;

    public IReadOnlyList<Occupation> Occupations { get; } = occupations;

    public IReadOnlyList<Institution> Institutions { get; } = institutions;

    public Institution? FindInstitution(string seq) => _bySeq.GetValueOrDefault(seq);

    public Occupation? FindOccupation(string code) => _byCode.GetValueOrDefault(code);
}
