using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SkillCert.Core.Institutions;
using SkillCert.Generator.Build;
using SkillCert.Generator.Site.Memo;

namespace SkillCert.Generator.Site.Search;

/// <summary>
/// The catalogue's static search index, cut into parts that assets/catalogue.js loads only when a query needs them:
/// <list type="bullet">
/// <item><c>/search/index.json</c>: the table of contents (the first seq of each part of records, the number of term
/// shards) and the choices a query can name: statuses, counties and occupations.</item>
/// <item><c>/search/r/N.json</c>: 200 institutions each, in seq order, with what a result card shows.</item>
/// <item><c>/search/t/N.json</c>: terms, each with the ordinals of the institutions it finds (as gaps from the previous
/// one): a name's characters and character pairs, the credit code, the status, the county, the occupations.</item>
/// </list>
/// Parts hold a fixed number of institutions and shards grow in number with the catalogue (one per 200 institutions), so
/// no part grows with the catalogue's size.
/// </summary>
public sealed class SearchIndex(CatalogueOnDay catalogue, CatalogueListings listings, InstitutionOutputs institutions)
{
    public const string SchemaName = "skillcert-search/1";

    /// <summary>Institutions in one part of records, and per shard of terms.</summary>
    public const int PartSize = 200;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public int Shards => Math.Max(1, (catalogue.Institutions.Count + PartSize - 1) / PartSize);

    private int Parts => (catalogue.Institutions.Count + PartSize - 1) / PartSize;

    private byte[]? _table;

    private byte[] Table => _table ??= Json(TableOfContents);

    /// <summary>The table of contents and the parts of records; the shards of terms are <see cref="PlanTerms"/>.</summary>
    public IEnumerable<PlannedOutput> Plan()
    {
        var table = Table;
        var contents = Fingerprint.OfBytes(table);
        yield return new PlannedOutput(SiteUrls.FileOf(SiteUrls.SearchIndex), contents, null, () => table);
        for (var part = 0; part < Parts; part++)
        {
            var first = part * PartSize;
            var members = Enumerable.Range(first, Math.Min(PartSize, catalogue.Institutions.Count - first)).ToArray();
            // A record shows what a list's card shows, so the card's fingerprint covers it: an address edit leaves the part as it is (incremental.sh).
            yield return new PlannedOutput(SiteUrls.FileOf(SiteUrls.SearchRecords(part)),
                Fingerprint.OfParts(["search-records", contents, .. members.Select(n => institutions.Prints[n].Card)]), null,
                () => Json(writer => Records(writer, members)));
        }
    }

    /// <summary>
    /// A fingerprint of the table of contents (the count, the shards): with the same institutions as the last build, whose
    /// places in the catalogue are their ordinals, it decides where every posting goes.
    /// </summary>
    public string TermsLayout => Fingerprint.OfParts("search-terms", Fingerprint.OfBytes(Table));

    /// <summary>
    /// The shards of terms, each fingerprinted by its bytes. When the <paramref name="previous"/> build's shards were laid
    /// out the same (<see cref="TermsLayout"/>), only the shards that hold a term an edit took away or added are made, from
    /// the published shard, and the others keep their fingerprints (incremental.sh: after a name edit, making all 50 shards
    /// anew cost the build 0.2 s of CPU).
    /// </summary>
    public IReadOnlyList<PlannedOutput> PlanTerms(PreviousOutputs? previous)
    {
        var paths = Enumerable.Range(0, Shards).Select(shard => SiteUrls.FileOf(SiteUrls.SearchTerms(shard))).ToArray();
        var whole = new Lazy<byte[][]>(() => Whole().ToArray());
        var last = previous?.Memo?.Section("search-terms", TermsLayout) is not null && paths.All(previous.Entries.ContainsKey) ? institutions.Last : null;
        if (last is null) return paths.Select((path, shard) => Made(path, whole.Value[shard])).ToArray();
        var edits = Edits(last);
        return paths.Select((path, shard) => edits[shard].Count == 0
            ? new PlannedOutput(path, previous!.Entries[path].Fingerprint, null, () => whole.Value[shard])
            : previous!.Read(path) is { } published ? Made(path, Json(writer => Postings(writer, Edited(published, edits[shard])))) : Made(path, whole.Value[shard])).ToArray();
    }

    private static PlannedOutput Made(string path, byte[] bytes) => new(path, Fingerprint.OfBytes(bytes), null, () => bytes);

    /// <summary>Every shard made from every institution's terms, as a cold build makes them.</summary>
    private IEnumerable<byte[]> Whole()
    {
        var shards = Enumerable.Range(0, Shards).Select(_ => new Dictionary<string, List<int>>(StringComparer.Ordinal)).ToArray();
        for (var n = 0; n < catalogue.Institutions.Count; n++)
        {
            foreach (var term in TermSource.Terms(institutions.Prints[n].Terms)) Add(shards, term, n);
        }
        return shards.Select(terms => Json(writer => Postings(writer, terms)));
    }

    /// <summary>Per shard, the postings the edits since the last build take away (false) and add (true), from each institution's term source then and now.</summary>
    private List<(string Term, int Ordinal, bool Added)>[] Edits(IReadOnlyList<InstitutionPrints> last)
    {
        var edits = Enumerable.Range(0, Shards).Select(_ => new List<(string, int, bool)>()).ToArray();
        for (var n = 0; n < last.Count; n++)
        {
            var (then, now) = (last[n].Terms, institutions.Prints[n].Terms);
            if (ReferenceEquals(then, now) || then == now) continue;
            var before = TermSource.Terms(then);
            var after = TermSource.Terms(now);
            foreach (var term in before.Where(t => !after.Contains(t))) edits[SearchTerms.Shard(term, Shards)].Add((term, n, false));
            foreach (var term in after.Where(t => !before.Contains(t))) edits[SearchTerms.Shard(term, Shards)].Add((term, n, true));
        }
        return edits;
    }

    /// <summary>A published shard's postings with the edits applied, as <see cref="Whole"/> would make them now.</summary>
    private static Dictionary<string, List<int>> Edited(byte[] published, IEnumerable<(string Term, int Ordinal, bool Added)> edits)
    {
        var terms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(published);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var term = reader.GetString()!;
            reader.Read();
            var ordinals = new List<int>();
            for (var at = 0; reader.Read() && reader.TokenType == JsonTokenType.Number;) ordinals.Add(at += reader.GetInt32());
            terms[term] = ordinals;
        }
        foreach (var (term, ordinal, added) in edits)
        {
            if (!terms.TryGetValue(term, out var ordinals)) terms[term] = ordinals = [];
            var place = ordinals.BinarySearch(ordinal);
            if (added && place < 0) ordinals.Insert(~place, ordinal);
            else if (!added && place >= 0) ordinals.RemoveAt(place);
            if (ordinals.Count == 0) terms.Remove(term);
        }
        return terms;
    }

    private void TableOfContents(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("schema", SchemaName);
        json.WriteString("asOf", SiteViews.Day(catalogue.AsOf));
        json.WriteNumber("count", catalogue.Institutions.Count);
        json.WriteNumber("partSize", PartSize);
        json.WriteNumber("shards", Shards);
        json.WriteStartArray("parts");
        for (var n = 0; n < catalogue.Institutions.Count; n += PartSize) json.WriteStringValue(catalogue.Institutions[n].Seq);
        json.WriteEndArray();
        json.WriteStartArray("statuses");
        foreach (var kind in CatalogueListings.FilterStatuses)
            Choice(json, StatusKindNames.Slug(kind), StatusKindNames.Label(kind), SiteUrls.CatalogueStatus(StatusKindNames.Slug(kind)));
        json.WriteEndArray();
        json.WriteStartArray("counties");
        foreach (var county in listings.Counties) Choice(json, county, county, SiteUrls.CatalogueCounty(county));
        json.WriteEndArray();
        json.WriteStartArray("occupations");
        foreach (var code in listings.Occupations)
            Choice(json, code, catalogue.Content.Catalogue.FindOccupation(code)!.Name, SiteUrls.Occupation(code));
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Choice(Utf8JsonWriter json, string key, string label, string url)
    {
        json.WriteStartArray();
        json.WriteStringValue(key);
        json.WriteStringValue(label);
        json.WriteStringValue(url);
        json.WriteEndArray();
    }

    /// <summary>
    /// One array per institution: seq, name, credit code, county (its place in the contents' counties), status (its place
    /// in the statuses), valid until, and the scope as [occupation's place, trade or "", levels from 5 down, as digits].
    /// </summary>
    private void Records(Utf8JsonWriter json, IReadOnlyList<int> members)
    {
        var counties = Places(listings.Counties);
        var occupations = Places(listings.Occupations);
        json.WriteStartArray();
        foreach (var n in members)
        {
            var i = catalogue.Institutions[n];
            json.WriteStartArray();
            json.WriteStringValue(i.Seq);
            json.WriteStringValue(i.Name);
            json.WriteStringValue(i.Institution.CreditCode);
            json.WriteNumberValue(counties[i.Institution.County]);
            json.WriteNumberValue(StatusPlace(i.Status.Kind));
            json.WriteStringValue(SiteViews.Day(i.Status.ValidUntil));
            json.WriteStartArray();
            foreach (var entry in i.Scope)
            {
                json.WriteStartArray();
                json.WriteNumberValue(occupations[entry.OccupationCode]);
                json.WriteStringValue(entry.Trade ?? "");
                json.WriteStringValue(string.Concat(entry.Levels.OrderDescending().Select(l => Number(l))));
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    /// <summary>The place of a status in the contents' list; a not-yet-filed institution has none (-1).</summary>
    private static int StatusPlace(StatusKind kind)
    {
        for (var n = 0; n < CatalogueListings.FilterStatuses.Count; n++)
        {
            if (CatalogueListings.FilterStatuses[n] == kind) return n;
        }
        return -1;
    }

    private static Dictionary<string, int> Places(IReadOnlyList<string> keys) =>
        keys.Select((k, n) => (k, n)).ToDictionary(p => p.k, p => p.n, StringComparer.Ordinal);

    private static void Add(Dictionary<string, List<int>>[] shards, string term, int ordinal)
    {
        var shard = shards[SearchTerms.Shard(term, shards.Length)];
        if (!shard.TryGetValue(term, out var list)) shard[term] = list = [];
        if (list.Count == 0 || list[^1] != ordinal) list.Add(ordinal);
    }

    /// <summary>A shard's terms in ordinal order, so that the same catalogue always gives the same bytes.</summary>
    private static void Postings(Utf8JsonWriter json, Dictionary<string, List<int>> terms)
    {
        json.WriteStartObject();
        foreach (var (term, ordinals) in terms.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            json.WriteStartArray(term);
            var previous = 0;
            foreach (var ordinal in ordinals)
            {
                json.WriteNumberValue(ordinal - previous);
                previous = ordinal;
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) write(writer);
        return buffer.WrittenSpan.ToArray();
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
