using SkillCert.Generator.Build;

namespace SkillCert.Generator.Site;

/// <summary>
/// The copies of the templates' assets under their fingerprinted names, which the pages link (<c>{{ asset … }}</c>) and a
/// server may send as immutable. The plain copies stay in the site beside them.
/// </summary>
public static class FingerprintedAssets
{
    public static IEnumerable<PlannedOutput> Plan(SiteTemplates templates) =>
        templates.Assets.Files.Select(a =>
        {
            var data = File.ReadAllBytes(a.FilePath);
            return new PlannedOutput(SiteUrls.FileOf(a.FingerprintedUrl), Fingerprint.OfBytes(data), null, () => data);
        });
}
