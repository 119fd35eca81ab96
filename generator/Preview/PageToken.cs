using System.Globalization;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.Preview;

/// <summary>
/// What a page of the preview shows, in one short string: the fingerprint of the file behind its address, the problems
/// laid over it, and the day bar's count. A page is told to reload exactly when its token changes, so an edit reloads the
/// pages it touches and leaves the others alone.
/// </summary>
public static class PageToken
{
    public static string Of(PreviewState state, string requestPath)
    {
        var problems = state.ProblemsSerial.ToString(CultureInfo.InvariantCulture);
        if (state.Shown is not { } snapshot) return "none." + problems;
        if (requestPath == PreviewAssets.Changes) return string.Create(CultureInfo.InvariantCulture, $"changes.{snapshot.Serial}.{problems}");
        var output = snapshot.Find(requestPath) ?? (snapshot.IsFolder(requestPath) ? null : snapshot.Find(SiteUrls.NotFound));
        var bar = snapshot.Today == snapshot.Catalogue.AsOf ? "" : "." + snapshot.Changes.Count.ToString(CultureInfo.InvariantCulture);
        return $"{output?.Fingerprint ?? "folder"}.{problems}{bar}";
    }
}
