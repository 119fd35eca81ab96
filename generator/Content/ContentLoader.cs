using System.IO.Enumeration;
using SkillCert.Core.Catalogue;
using SkillCert.Core.Institutions;
using SkillCert.Core.Occupations;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Content;

/// <summary>Loads and checks a content folder: site.yml, occupations.yml, institutions/*.yml and pages/*.md.</summary>
public static class ContentLoader
{
    /// <summary>A filing that ends within this many days gets a warning, so that renewal is not forgotten.</summary>
    public const int ExpiryWarningDays = 30;

    /// <summary>
    /// Reads everything and reports every problem; returns null when nothing usable could be read. With a
    /// <paramref name="cacheFile"/>, institution files whose text is unchanged since the last load are not parsed again
    /// (unless <paramref name="reuse"/> is false, for a cold build), and what this load read is kept there for the next.
    /// With <paramref name="reads"/>, a long-running process's memory of the files, only the files it does not know are read.
    /// With a <paramref name="pageCacheFile"/>, so it is for the policy pages (<see cref="ParsedPages"/>).
    /// </summary>
    public static LoadedContent? Load(string contentDir, DateOnly asOf, DiagnosticBag bag, string? cacheFile = null, bool reuse = true,
        InstitutionFileReads? reads = null, string? pageCacheFile = null)
    {
        if (!Directory.Exists(contentDir))
        {
            bag.Error(DiagnosticCodes.MissingContent, SourceSpot.OfFile(contentDir), "内容文件夹不存在；用 --content 指定它",
                "the content folder does not exist; pass --content DIR");
            return null;
        }
        // The parse cache and the policy pages do not depend on the site settings or the occupations, so they are read on
        // other threads while those are parsed (incremental.sh: some 65 ms of a no-change build's load). The pages' own bag
        // keeps their errors out of the count of occupation errors below; the printer sorts every diagnostic.
        var cacheRead = cacheFile is not null && reuse ? Task.Run(() => ParsedInstitutions.Read(cacheFile)) : null;
        var pageBag = new DiagnosticBag();
        var pagesRead = Task.Run(() => LoadPages(contentDir, pageBag, pageCacheFile, reuse));
        var sitePath = Path.Combine(contentDir, "site.yml");
        var occupationsPath = Path.Combine(contentDir, "occupations.yml");
        foreach (var required in new[] { sitePath, occupationsPath })
        {
            if (!File.Exists(required))
                bag.Error(DiagnosticCodes.MissingContent, SourceSpot.OfFile(required), "缺少这个必需的文件；内容的写法见 docs/content.md",
                    "this required file is missing; see the content schema in the README");
        }
        var site = File.Exists(sitePath) ? SiteSettingsReader.Read(sitePath, sitePath, bag) : null;
        var errorsBefore = bag.ErrorCount;
        var occupationsText = File.Exists(occupationsPath) ? SourceText.Read(occupationsPath, occupationsPath, bag) : null;
        var occupations = occupationsText is null ? [] : OccupationReader.Parse(occupationsText, occupationsPath, bag);
        var byCode = occupations.ToDictionary(o => o.Code, StringComparer.Ordinal);

        // While occupations.yml has errors, every scope would report its codes as unknown; the one real error is enough.
        var institutionBag = bag.ErrorCount > errorsBefore ? new DiagnosticBag() : bag;
        var files = InstitutionFiles(contentDir, bag, stamped: cacheFile is not null);
        var parsed = cacheFile is null ? null : ParsedInstitutionsFor(cacheFile, cacheRead, occupationsText);
        var loaded = new LoadedInstitution?[files.Count];
        reads?.Begin(occupationsText);
        Parallel.For(0, files.Count, i =>
        {
            var (file, stamp) = (files[i].Path, files[i].Stamp);
            loaded[i] = reads is null
                ? ReadInstitution(file, stamp, byCode, occupationsPath, parsed, institutionBag)
                : reads.Read(file, institutionBag, own => ReadInstitution(file, stamp, byCode, occupationsPath, parsed, own));
        });
        reads?.End(files.ConvertAll(f => f.Path));
        if (cacheFile is not null && parsed is { Changed: true }) parsed.Save(cacheFile);
        if (institutionBag != bag)
        {
            foreach (var d in institutionBag.Items.Where(d => d.Code is not (DiagnosticCodes.UnknownOccupation or DiagnosticCodes.UnknownTrade)))
                bag.Add(d);
        }
        var institutions = loaded.OfType<LoadedInstitution>().ToList();

        CheckUnique(institutions, i => i.Institution.Seq, i => i.SeqSpot, DiagnosticCodes.DuplicateSeq, new Phrase("seq", "seq"), bag);
        CheckUnique(institutions, i => i.Institution.CreditCode, i => i.CreditCodeSpot, DiagnosticCodes.DuplicateCreditCode, new Phrase("统一社会信用代码", "credit code"), bag);
        foreach (var i in institutions) WarnIfExpiring(i, asOf, bag);
        var (pages, pagesReused) = pagesRead.GetAwaiter().GetResult();
        foreach (var d in pageBag.Items) bag.Add(d);

        if (site is null) return null;
        var ordered = institutions.OrderBy(i => i.Institution.Seq, StringComparer.Ordinal).ToList();
        var catalogue = new CatalogueContent(site, occupations, ordered.Select(i => i.Institution).ToList());
        return new LoadedContent(contentDir, catalogue, ordered, pages) { Reused = parsed?.Reused ?? 0, Unread = parsed?.Unread ?? 0, PagesReused = pagesReused };
    }

    /// <summary>
    /// Reads one institution file against the occupations of an earlier load of the same folder, through
    /// <paramref name="reads"/>, for a process that knows which file changed; the checks across files wait for the next
    /// <see cref="Load"/>.
    /// </summary>
    public static LoadedInstitution? LoadInstitution(string file, LoadedContent earlier, DiagnosticBag bag, InstitutionFileReads reads)
    {
        var byCode = earlier.Catalogue.Occupations.ToDictionary(o => o.Code, StringComparer.Ordinal);
        var occupationsPath = Path.Combine(earlier.ContentDir, "occupations.yml");
        return reads.Read(file, bag, own => ReadInstitution(file, null, byCode, occupationsPath, null, own));
    }

    // The occupation list's hash is taken from the text it was parsed from, so the file is read once.
    private static ParsedInstitutions ParsedInstitutionsFor(string cacheFile, Task<(ParsedInstitutionsFile, long)?>? cacheRead, string? occupationsText)
    {
        var occupationsHash = occupationsText is null ? "" : ParsedInstitutions.HashOf(occupationsText);
        return cacheRead is null ? ParsedInstitutions.Empty(occupationsHash) : ParsedInstitutions.Of(cacheFile, cacheRead.GetAwaiter().GetResult(), occupationsHash);
    }

    // Each file gets its own bag: the reader decides whether the file is usable by counting errors, and the count
    // of a bag shared by parallel readers would include other files' errors. The file's stamp, when it has one, was taken
    // by the listing, before the file is read: a write between the two leaves a stamp that the next build finds stale.
    private static LoadedInstitution? ReadInstitution(string file, FileStamp? stamp, IReadOnlyDictionary<string, Occupation> byCode, string occupationsPath,
        ParsedInstitutions? parsed, DiagnosticBag bag)
    {
        if (parsed?.FindUnchanged(file, stamp) is { } unchanged) return unchanged;
        var own = new DiagnosticBag();
        var text = SourceText.Read(file, file, own);
        LoadedInstitution? loaded = null;
        if (text is not null)
        {
            var hash = ParsedInstitutions.HashOf(text);
            loaded = parsed?.Find(file, hash, stamp);
            if (loaded is null)
            {
                loaded = InstitutionReader.Parse(text, file, byCode, occupationsPath, own, hash);
                if (loaded is not null && own.Items.Count == 0) parsed?.Keep(loaded, stamp);
            }
        }
        foreach (var d in own.Items) bag.Add(d);
        return loaded;
    }

    private static List<ListedFile> InstitutionFiles(string contentDir, DiagnosticBag bag, bool stamped) =>
        ContentFiles(Path.Combine(contentDir, "institutions"), ".yml", ".yaml", new Phrase("机构文件的扩展名是 .yml", "institution files end in .yml"), bag, stamped);

    /// <summary>The folder's files with the extension, in ordinal order, each with its stamp when <paramref name="stamped"/>; a look-alike extension gets a warning.</summary>
    private static List<ListedFile> ContentFiles(string dir, string extension, string lookalike, Phrase rule, DiagnosticBag bag, bool stamped)
    {
        if (!Directory.Exists(dir)) return [];
        var files = new List<ListedFile>();
        // One pass over the folder gives each file's path and stamp, without a FileInfo per file (i16-load's profile of an
        // address edit: 10,000 FileStamp.Of through FileInfo took 69 ms CPU, 53 of them the lstat both ways make;
        // incremental.sh). The options are those of Directory.EnumerateFiles, which skips no hidden file.
        var listing = new FileSystemEnumerable<ListedFile>(dir,
            (ref FileSystemEntry entry) => new ListedFile(entry.ToSpecifiedFullPath(), stamped ? FileStamp.Of(ref entry) : null),
            new EnumerationOptions { AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
        foreach (var file in listing.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var ext = Path.GetExtension(file.Path);
            if (ext == extension) files.Add(file);
            else if (ext == lookalike) bag.Warning(DiagnosticCodes.UnknownField, SourceSpot.OfFile(file.Path), $"这个文件被忽略了：{rule.Zh}",
                $"this file is ignored; {rule.En}");
        }
        return files;
    }

    /// <summary>
    /// The policy pages in reading order (front matter 'order', then slug), and how many came from the page cache; a slug
    /// may name one page only.
    /// </summary>
    private static (List<LoadedPage> Pages, int Reused) LoadPages(string contentDir, DiagnosticBag bag, string? cacheFile, bool reuse)
    {
        var files = ContentFiles(Path.Combine(contentDir, "pages"), ".md", ".markdown", new Phrase("页面的扩展名是 .md", "pages end in .md"), bag,
            stamped: cacheFile is not null);
        var parsed = cacheFile is null ? null : reuse ? ParsedPages.Load(cacheFile) : ParsedPages.Empty();
        var pages = new LoadedPage?[files.Count];
        Parallel.For(0, files.Count, i => pages[i] = ReadPage(files[i].Path, files[i].Stamp, parsed, bag));
        if (cacheFile is not null && parsed is { Changed: true }) parsed.Save(cacheFile);
        var result = new List<LoadedPage>();
        foreach (var page in pages.OfType<LoadedPage>())
        {
            var first = result.Find(p => p.Slug == page.Slug);
            if (first is null) result.Add(page);
            else bag.Error(DiagnosticCodes.DuplicateSlug, page.SlugSpot, $"slug“{page.Slug}”已经被 {first.File} 用了；每个页面要有自己的 slug",
                $"slug \"{page.Slug}\" is already used by {first.File}; give each page its own slug");
        }
        return (result.OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList(), parsed?.Reused ?? 0);
    }

    // As an institution file: its own bag, so that the reader's count of errors is the page's, and its stamp taken by the
    // listing, before it is read, so that a write between the two leaves a stamp that the next build finds stale.
    private static LoadedPage? ReadPage(string file, FileStamp? stamp, ParsedPages? parsed, DiagnosticBag bag)
    {
        if (parsed?.FindUnchanged(file, stamp) is { } unchanged) return unchanged;
        var own = new DiagnosticBag();
        var page = PageReader.Read(file, file, own);
        if (page is not null && own.Items.Count == 0) parsed?.Keep(page, stamp);
        foreach (var d in own.Items) bag.Add(d);
        return page;
    }

    private static void CheckUnique(List<LoadedInstitution> institutions, Func<LoadedInstitution, string> key,
        Func<LoadedInstitution, SourceSpot> spot, string code, Phrase what, DiagnosticBag bag)
    {
        // A set finds whether any key repeats without making 10,000 groups of one; only the repeated keys are grouped
        // (incremental.sh: the two checks cost every rebuild some 10 ms as groups).
        var seen = new HashSet<string>(institutions.Count, StringComparer.Ordinal);
        HashSet<string>? repeated = null;
        foreach (var i in institutions)
        {
            var k = key(i);
            if (!seen.Add(k)) (repeated ??= new(StringComparer.Ordinal)).Add(k);
        }
        if (repeated is null) return;
        foreach (var group in institutions.Where(i => repeated.Contains(key(i))).GroupBy(key, StringComparer.Ordinal))
        {
            var sorted = group.OrderBy(i => i.File, StringComparer.Ordinal).ToList();
            foreach (var duplicate in sorted.Skip(1))
                bag.Error(code, spot(duplicate), $"{what.Zh}“{group.Key}”已经被 {sorted[0].File} 用了；每个机构要有自己的{what.Zh}",
                    $"{what.En} \"{group.Key}\" is already used by {sorted[0].File}; each institution needs its own");
        }
    }

    private static void WarnIfExpiring(LoadedInstitution loaded, DateOnly asOf, DiagnosticBag bag)
    {
        var (kind, validUntil) = loaded.Institution.KindOn(asOf);
        var daysLeft = validUntil.DayNumber - asOf.DayNumber;
        if (kind == StatusKind.ExpiringSoon && daysLeft < ExpiryWarningDays)
            bag.Warning(DiagnosticCodes.ExpiresSoon, loaded.ValiditySpot,
                $"{loaded.Institution.NameOn(asOf)}的备案还有 {daysLeft + 1} 天到期（{validUntil:yyyy-MM-dd}）；如果已经续期，补一个 renewed 事件",
                $"the filing of {loaded.Institution.NameOn(asOf)} expires in {daysLeft + 1} {(daysLeft == 0 ? "day" : "days")} ({validUntil:yyyy-MM-dd}); add a renewed event if it was renewed");
    }
}
