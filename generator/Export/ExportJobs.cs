using SkillCert.Core.Catalogue;
using SkillCert.Core.Exports;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// Plans the institutions an export covers: every one with a roster folder, every one the previous export has
/// certificates of (so that revocations are carried and dropped certificates reported), and every one a revocation
/// names. They are ordered as their numbers sort, which is the order the export's rows are written in.
/// </summary>
public static class ExportJobs
{
    public static IReadOnlyList<InstitutionJob> Plan(RosterLayout layout, IReadOnlyList<Revocation> revocations, PreviousExport? previous,
        CatalogueContent catalogue, ExportRequest request, List<ExportError> errors)
    {
        var folders = layout.Institutions.ToDictionary(i => i.Seq, StringComparer.Ordinal);
        var inPrevious = new HashSet<string>(previous?.Institutions ?? [], StringComparer.Ordinal);
        var revoked = revocations.ToLookup(r => r.Institution, StringComparer.Ordinal);
        var seqs = new SortedSet<string>(folders.Keys.Concat(inPrevious).Concat(revoked.Select(g => g.Key)), StringComparer.Ordinal);
        var jobs = new List<InstitutionJob>();
        foreach (var seq in seqs)
        {
            if (catalogue.FindInstitution(seq) is not { } institution)
            {
                if (inPrevious.Contains(seq))
                    errors.Add(ExportError.OfFile(DiagnosticCodes.PreviousExport, request.Out,
                        $"上一次的导出里有评价机构 {seq} 的证书，但 content 里已经没有这个机构了；请保留 institutions/{seq}.yml" +
                        "（用 removed 或 withdrawn 事件记录它离开目录），这样它的证书仍然可以核验",
                        $"the previous export has certificates of institution {seq}, which is no longer in the content; " +
                        $"keep institutions/{seq}.yml (with a removed or withdrawn event) so that its certificates stay checkable"));
                foreach (var r in revoked[seq])
                    errors.Add(new(DiagnosticCodes.Revocations, layout.RevocationsDisplay ?? RosterDiscovery.RevocationsFile, r.Origin.Line, RevocationList.NumberColumn,
                        $"导出里没有编号为 {r.Number} 的证书：没有序号为 {seq} 的评价机构",
                        $"no certificate in the export has the number {r.Number}: no institution has seq {seq}"));
                continue;
            }
            jobs.Add(new InstitutionJob(institution, folders.GetValueOrDefault(seq), revoked[seq].ToList(), inPrevious.Contains(seq)));
        }
        var province = catalogue.Site.Province;
        return jobs.OrderBy(j => j.OrderKey(province), StringComparer.Ordinal).ToList();
    }
}
