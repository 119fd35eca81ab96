using SkillCert.Core.Reports;
using SkillCert.Generator.Build;
using SkillCert.Generator.Content;
using SkillCert.Generator.OpenData;
using SkillCert.Generator.Site.Memo;
using SkillCert.Generator.Site.Pages;
using SkillCert.Generator.Site.Search;

namespace SkillCert.Generator.Site;

/// <summary>
/// The files made from each institution: its page, its JSON twin, and the catalogue-wide JSON and CSV. With
/// ten thousand institutions their fingerprints come from their inputs (the file's hash, its standing on the
/// day, the site-wide settings) rather than from models built and serialised only to be compared, and
/// nothing is built at all for an institution that has not changed.
/// </summary>
public sealed class InstitutionOutputs
{
    public const string Template = "institution.html";

    private readonly CatalogueOnDay _catalogue;
    private readonly SiteTemplates _templates;
    private readonly SiteView _site;
    private readonly Dictionary<string, LoadedInstitution> _loaded;
    private readonly PreviousOutputs? _previous;
    private readonly PlanMemo? _memo;

    /// <summary>
    /// The outputs of the catalogue on the day; the <c>previous</c> published build lends the catalogue-wide files the
    /// records that did not change, and <paramref name="memo"/> learns where they are in this build's.
    /// </summary>
    public InstitutionOutputs(CatalogueOnDay catalogue, SiteTemplates templates, SiteView site, PreviousOutputs? previous = null, PlanMemo? memo = null)
    {
        _catalogue = catalogue;
        _previous = previous;
        _memo = memo;
        _templates = templates;
        _site = site;
        var content = catalogue.Content.Catalogue;
        var globals = Globals = Fingerprint.OfModel(Template, templates.Hash, new SiteInputs(site, content.Site, content.Occupations, catalogue.Export?.ExportedAt));
        _loaded = catalogue.Content.Institutions.ToDictionary(l => l.Institution.Seq, StringComparer.Ordinal);
        // One thread, and no text formatted only to be hashed (incremental.sh: the status and statistics as text, over PLINQ,
        // cost an address edit ~40 ms of CPU).
        var inputs = new string[catalogue.Institutions.Count];
        var writer = new FingerprintWriter();
        for (var n = 0; n < inputs.Length; n++) inputs[n] = InputsOf(writer, globals, catalogue.Institutions[n]);
        Inputs = inputs;
        All = Fingerprint.OfParts([.. Inputs, SiteViews.Day(catalogue.AsOf)]);
        var last = previous?.Memo;
        var prints = new InstitutionPrints[inputs.Length];
        var then = last is not null && last.Count == inputs.Length ? new InstitutionPrints[inputs.Length] : null;
        var made = new List<int>();
        for (var n = 0; n < prints.Length; n++)
        {
            var before = last?.Last(catalogue.Institutions[n].Seq);
            if (before is null) then = null;
            else if (then is not null) then[n] = before;
            if (before is not null && before.Inputs == inputs[n]) prints[n] = before;
            else made.Add(n);
        }
        // After an edit one institution's prints are made, where PLINQ's start-up cost more than the work (incremental.sh:
        // 10 ms of CPU); a cold build makes all 10,000, in parallel.
        void Make(int n)
        {
            var i = catalogue.Institutions[n];
            prints[n] = new InstitutionPrints(inputs[n], SiteViews.RowInputs(i), TermSource.Of(i), SiteViews.EventInputs(i));
        }
        if (made.Count < ParallelFrom) made.ForEach(Make);
        else Parallel.For(0, made.Count, k => Make(made[k]));
        Prints = prints;
        Last = then;
    }

    /// <summary>
    /// Per institution, in catalogue order, its prints in the last build; null when the last build's catalogue held other
    /// institutions, or its memo is not known.
    /// </summary>
    public IReadOnlyList<InstitutionPrints>? Last { get; }

    /// <summary>
    /// Per institution, in catalogue order, its fingerprints for the lists, the search and the changes, the last build's
    /// when its <see cref="Inputs"/> are the same, so that only an edited institution's are made again.
    /// </summary>
    public IReadOnlyList<InstitutionPrints> Prints { get; }

    /// <summary>A fingerprint of what every page shows besides its institutions: the site, its settings, the occupations, the templates.</summary>
    public string Globals { get; }

    /// <summary>
    /// Per institution, in catalogue order, a fingerprint of everything shown about it anywhere: its file, its
    /// standing on the day, its certificate counts, and the site-wide settings, occupation names and templates.
    /// </summary>
    public IReadOnlyList<string> Inputs { get; }

    /// <summary>The fingerprint of the whole catalogue on the day: every institution's inputs and the date.</summary>
    public string All { get; }

    /// <summary>How many of <see cref="Plan"/>'s files come first, in path order: each institution's page and twin, in seq order.</summary>
    public int InSeqOrder => 2 * _catalogue.Institutions.Count;

    public IEnumerable<PlannedOutput> Plan()
    {
        // Each record is made when the twin or a catalogue-wide file first needs it, and only for those that need it; files
        // rendered at once may both make one, and one is kept (incremental.sh: a Lazy each for 10,000 cost ~2 ms of CPU).
        var records = new InstitutionRecord?[_catalogue.Institutions.Count];
        InstitutionRecord Record(int n) => LazyInitializer.EnsureInitialized(ref records[n], () => OpenDataJson.Institution(_catalogue, _catalogue.Institutions[n]));
        var twins = new string[_catalogue.Institutions.Count];
        var twinPaths = new string[_catalogue.Institutions.Count];
        for (var n = 0; n < _catalogue.Institutions.Count; n++)
        {
            var i = _catalogue.Institutions[n];
            var index = n;
            // Both files show nothing but what their inputs' fingerprint covers, and fingerprints are compared path by path, so
            // that fingerprint is theirs as it is (incremental.sh: hashing it again for 20,000 files cost a rebuild 20–40 ms).
            yield return new PlannedOutput(SiteUrls.FileOf(i.Url), Inputs[n],
                () => _templates.RenderPage(Template, Page(i)), null, _loaded[i.Seq].File);
            twins[n] = Inputs[n];
            twinPaths[n] = SiteUrls.FileOf(SiteUrls.InstitutionJson(i.Seq));
            yield return new PlannedOutput(twinPaths[n], twins[n],
                null, () => OpenDataJson.Serialize(Record(index)));
        }
        var seqs = _catalogue.Institutions.Select(i => i.Seq).ToArray();
        // A record or row is the last build's when its twin is: the twin's fingerprint covers everything the record shows.
        // Both catalogue-wide files ask for every institution; answered once (incremental.sh: 20–40 ms a build).
        var unchanged = new Lazy<bool[]>(() => Enumerable.Range(0, seqs.Length).Select(n => _previous?.Unchanged(twinPaths[n], twins[n]) == true).ToArray());
        bool Unchanged(int n) => unchanged.Value[n];
        var json = SiteUrls.FileOf(SiteUrls.CatalogueJson);
        var jsonPrint = Fingerprint.OfParts("catalogue.json", All);
        var jsonPlaces = KnownPlaces(json, jsonPrint);
        yield return new PlannedOutput(json, jsonPrint, null, () =>
        {
            var written = new Dictionary<string, (int Start, int Length)>(seqs.Length, StringComparer.Ordinal);
            var bytes = CatalogueSplice.Json(OpenDataJson.Catalogue(_catalogue, []), seqs, Unchanged, _previous?.Read(json), Record,
                jsonPlaces, written);
            _memo?.KeepPlaces(json, jsonPrint, written);
            return bytes;
        });
        var csv = SiteUrls.FileOf(SiteUrls.CatalogueCsv);
        var csvPrint = Fingerprint.OfParts("catalogue.csv", All);
        var csvPlaces = KnownPlaces(csv, csvPrint);
        yield return new PlannedOutput(csv, csvPrint, null, () =>
        {
            var written = new Dictionary<string, (int Start, int Length)>(seqs.Length, StringComparer.Ordinal);
            var bytes = CatalogueSplice.Csv(seqs, Unchanged, _previous?.Read(csv),
                made => CatalogueCsv.Write(made.Select(Record).ToArray(), _catalogue.Content.Catalogue.Site.BaseUrl), csvPlaces, written);
            _memo?.KeepPlaces(csv, csvPrint, written);
            return bytes;
        });
    }

    /// <summary>
    /// Where the records are in the published catalogue-wide file at <paramref name="sitePath"/>, when the last build's memo
    /// says so for the file it published; kept for the next build as they are when this build leaves the file as it is.
    /// </summary>
    private IReadOnlyDictionary<string, (int Start, int Length)>? KnownPlaces(string sitePath, string print)
    {
        var known = _previous?.Memo?.Places(sitePath) is { } old && _previous.Unchanged(sitePath, old.Fingerprint) ? old.Records : null;
        if (known is not null && _previous!.Unchanged(sitePath, print)) _memo?.KeepPlaces(sitePath, print, known);
        return known;
    }

    /// <summary>Institutions whose prints are made in parallel when at least this many must be.</summary>
    private const int ParallelFrom = 64;

    /// <summary>
    /// The fingerprint of everything shown of <paramref name="i"/> anywhere: the site-wide <paramref name="globals"/>, its
    /// file, its standing on the day, its history's length, and its certificate counts per year and level.
    /// </summary>
    private string InputsOf(FingerprintWriter writer, string globals, InstitutionOnDay i)
    {
        var status = i.Status;
        writer.Add(globals).Add(_loaded[i.Seq].ContentHash).Add((int)status.Kind).Add(status.Cause)
            .Add(status.Since?.DayNumber ?? -1).Add(status.ValidUntil.DayNumber).Add(i.History.Count);
        if (i.Statistics is not { } statistics) return writer.Add(-1).Print();
        writer.Add(statistics.Years.Count);
        foreach (var year in statistics.Years)
        {
            writer.Add(year.Year).Add(year.ByLevel.Count);
            foreach (var count in year.ByLevel) writer.Add(count);
        }
        return writer.Print();
    }

    private InstitutionPage Page(InstitutionOnDay i) => new(_site, i.Name, i.Url,
        $"{i.Name}（机构代码 {i.Seq}，{i.Institution.County}）的备案状态（{i.Status.Label}）、认定范围、有效期和备案记录。",
        SiteViews.Detail(i), SiteViews.Status(i.Status),
        SiteViews.Scope(i, _catalogue.Content.Catalogue.FindOccupation), SiteViews.Events(i),
        SiteViews.Statistics(i.Statistics, _catalogue.Export?.ExportedAt), SiteUrls.InstitutionJson(i.Seq),
        ReportView.Of(_site, "如果您发现本机构的信息有误，或者它颁发的证书有问题，可以向下面的单位反映。",
            ProblemReport.OfInstitution(i.Name, i.Seq, new Uri(_catalogue.Content.Catalogue.Site.BaseUrl, i.Url))));
}
