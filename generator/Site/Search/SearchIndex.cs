using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SkillCert.Core.Institutions;
using SkillCert.Generator.Build;

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

    /// <summary>A fingerprint of everything the shards of terms are made of: the table of contents and every institution's terms, in order.</summary>
    public string TermsKey => Fingerprint.OfParts("search-terms", Fingerprint.OfBytes(Table), TermInputs());

    /// <summary>
    /// The shards of terms, made now, each fingerprinted by its bytes: a renamed institution changes the few shards that
    /// hold its old or new terms, and only those are written (incremental.sh: after a name edit all 50 shards and their
    /// twins were made again). The planner asks for them only when <see cref="TermsKey"/> differs from the last build's.
    /// </summary>
    public IEnumerable<PlannedOutput> PlanTerms()
    {
        var terms = Terms();
        for (var shard = 0; shard < Shards; shard++)
        {
            var bytes = Json(writer => Postings(writer, terms[shard]));
            yield return new PlannedOutput(SiteUrls.FileOf(SiteUrls.SearchTerms(shard)), Fingerprint.OfBytes(bytes), null, () => bytes);
        }
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

    /// <summary>Every term of every institution, by shard, each with the ordinals of the institutions it finds, ascending.</summary>
    private Dictionary<string, List<int>>[] Terms()
    {
        var shards = Enumerable.Range(0, Shards).Select(_ => new Dictionary<string, List<int>>(StringComparer.Ordinal)).ToArray();
        for (var n = 0; n < catalogue.Institutions.Count; n++)
        {
            var i = catalogue.Institutions[n];
            foreach (var term in TermsOf(i)) Add(shards, term, n);
        }
        return shards;
    }

    /// <summary>
    /// A fingerprint of what the terms are made of, institution by institution in ordinal order: the fields
    /// <see cref="TermsOf"/> reads, and nothing else, so that an edit no search can find leaves the shards as they are.
    /// </summary>
    private string TermInputs() => Fingerprint.OfParts(institutions.Prints.Select(p => p.Terms).ToArray());

    /// <summary>One institution's share of <see cref="TermInputs"/>.</summary>
    public static string TermPrint(InstitutionOnDay i) => Fingerprint.OfParts([i.Name, i.Institution.CreditCode,
        StatusKindNames.Slug(i.Status.Kind), i.Institution.County, .. i.Scope.Select(s => s.OccupationCode)]);

    private static IEnumerable<string> TermsOf(InstitutionOnDay i)
    {
        foreach (var gram in SearchTerms.NameGrams(SearchTerms.Normalize(i.Name))) yield return gram;
        yield return SearchTerms.CreditCode + SearchTerms.Normalize(i.Institution.CreditCode);
        yield return SearchTerms.Status + StatusKindNames.Slug(i.Status.Kind);
        yield return SearchTerms.County + SearchTerms.Normalize(i.Institution.County);
        foreach (var code in i.Scope.Select(s => s.OccupationCode).Distinct(StringComparer.Ordinal)) yield return SearchTerms.Occupation + code;
    }

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
