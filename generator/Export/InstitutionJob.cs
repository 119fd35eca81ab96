using SkillCert.Core.Exports;
using SkillCert.Core.Institutions;

namespace SkillCert.Generator.Export;

/// <summary>One institution's share of the export: its roster folder, its revocations, and whether the previous export has certificates of it.</summary>
public sealed record InstitutionJob(Institution Institution, InstitutionRosters? Rosters, IReadOnlyList<Revocation> Revocations, bool InPrevious)
{
    /// <summary>The institution's place in number order: category, route, province and seq lead every number it gives.</summary>
    public string OrderKey(string province) => $"{Institution.Category}{Institution.Route}{province}{Institution.Seq}";
}
