using SkillCert.Core.Catalogue;
using SkillCert.Core.Institutions;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Content;

/// <summary>Loads and checks a content folder: site.yml, occupations.yml and institutions/*.yml.</summary>
public static class ContentLoader
{
    /// <summary>A filing that ends within this many days gets a warning, so that renewal is not forgotten.</summary>
    public const int ExpiryWarningDays = 30;

    /// <summary>Reads everything and reports every problem; returns null when nothing usable could be read.</summary>
    public static LoadedContent? Load(string contentDir, DateOnly asOf, DiagnosticBag bag)
    {
        if (!Directory.Exists(contentDir))
        {
            bag.Error(DiagnosticCodes.MissingContent, SourceSpot.OfFile(contentDir), "the content folder does not exist; pass --content DIR");
            return null;
        }
        var sitePath = Path.Combine(contentDir, "site.yml");
        var occupationsPath = Path.Combine(contentDir, "occupations.yml");
        foreach (var required in new[] { sitePath, occupationsPath })
        {
            if (!File.Exists(required))
                bag.Error(DiagnosticCodes.MissingContent, SourceSpot.OfFile(required), "this required file is missing; see the content schema in the README");
        }
        var site = File.Exists(sitePath) ? SiteSettingsReader.Read(sitePath, sitePath, bag) : null;
        var occupations = File.Exists(occupationsPath) ? OccupationReader.Read(occupationsPath, occupationsPath, bag) : [];
        var byCode = occupations.ToDictionary(o => o.Code, StringComparer.Ordinal);

        var files = InstitutionFiles(contentDir, bag);
        var loaded = new LoadedInstitution?[files.Count];
        Parallel.For(0, files.Count, i => loaded[i] = InstitutionReader.Read(files[i], files[i], byCode, occupationsPath, bag));
        var institutions = loaded.OfType<LoadedInstitution>().ToList();

        CheckUnique(institutions, i => i.Institution.Seq, i => i.SeqSpot, DiagnosticCodes.DuplicateSeq, "seq", bag);
        CheckUnique(institutions, i => i.Institution.CreditCode, i => i.CreditCodeSpot, DiagnosticCodes.DuplicateCreditCode, "credit code", bag);
        foreach (var i in institutions) WarnIfExpiring(i, asOf, bag);

        if (site is null) return null;
        var ordered = institutions.OrderBy(i => i.Institution.Seq, StringComparer.Ordinal).ToList();
        var catalogue = new CatalogueContent(site, occupations, ordered.Select(i => i.Institution).ToList());
        return new LoadedContent(contentDir, catalogue, ordered);
    }

    private static List<string> InstitutionFiles(string contentDir, DiagnosticBag bag)
    {
        var dir = Path.Combine(contentDir, "institutions");
        if (!Directory.Exists(dir)) return [];
        var files = new List<string>();
        foreach (var path in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
        {
            var ext = Path.GetExtension(path);
            if (ext == ".yml") files.Add(path);
            else if (ext == ".yaml")
                bag.Warning(DiagnosticCodes.UnknownField, SourceSpot.OfFile(path), "this file is ignored; institution files end in .yml");
        }
        return files;
    }

    private static void CheckUnique(List<LoadedInstitution> institutions, Func<LoadedInstitution, string> key,
        Func<LoadedInstitution, SourceSpot> spot, string code, string what, DiagnosticBag bag)
    {
        foreach (var group in institutions.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var sorted = group.OrderBy(i => i.File, StringComparer.Ordinal).ToList();
            foreach (var duplicate in sorted.Skip(1))
                bag.Error(code, spot(duplicate), $"{what} \"{group.Key}\" is already used by {sorted[0].File}; each institution needs its own");
        }
    }

    private static void WarnIfExpiring(LoadedInstitution loaded, DateOnly asOf, DiagnosticBag bag)
    {
        var status = loaded.Institution.StatusOn(asOf);
        var daysLeft = status.ValidUntil.DayNumber - asOf.DayNumber;
        if (status.Kind == StatusKind.ExpiringSoon && daysLeft < ExpiryWarningDays)
            bag.Warning(DiagnosticCodes.ExpiresSoon, loaded.ValiditySpot,
                $"the filing of {loaded.Institution.Name} expires in {daysLeft + 1} days ({status.ValidUntil:yyyy-MM-dd}); add a renewed event if it was renewed");
    }
}
