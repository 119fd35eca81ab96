namespace SkillCert.Generator.Site;

/// <summary>Every address of the site in one place, root-relative, so pages, open data and the link check agree.</summary>
public static class SiteUrls
{
    public const string Home = "/";
    public const string Catalogue = "/catalogue/";
    public const string Occupations = "/occupations/";
    public const string Policies = "/pages/";
    public const string Changes = "/changes/";
    public const string CodingRule = "/coding-rule/";

    /// <summary>The publicity notices whose period is running or has just ended.</summary>
    public const string Publicity = "/publicity/";

    /// <summary>The page that checks a scanned QR link's signature in the browser.</summary>
    public const string Scan = "/scan/";
    public const string NotFound = "/404.html";
    public const string CatalogueJson = "/data/catalogue.json";
    public const string CatalogueCsv = "/data/catalogue.csv";
    public const string CodingRuleJson = "/data/coding-rule.json";
    public const string Feed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string Keys = "/keys.json";
    public const string Favicon = "/favicon.ico";

    /// <summary>The catalogue's search index: a small table of contents that names its parts (see <see cref="Search.SearchIndex"/>).</summary>
    public const string SearchIndex = "/search/index.json";

    /// <summary>The verification service's form target, served on the same origin as the site.</summary>
    public const string Verify = "/verify";

    /// <summary>The page with the form that finds a holder's certificates by name and ID number (找回证书).</summary>
    public const string Lookup = LookupPage.FormUrl;

    /// <summary>The verification service's target for that form (POST), served on the same origin as the site.</summary>
    public const string LookupAnswer = LookupPage.AnswerUrl;

    public static string Institution(string seq) => $"/catalogue/{seq}/";

    public static string InstitutionJson(string seq) => $"/catalogue/{seq}/index.json";

    public static string Occupation(string code) => $"/occupations/{code}/";

    /// <summary>The catalogue's institutions of one status, by its slug.</summary>
    public static string CatalogueStatus(string slug) => $"/catalogue/status/{slug}/";

    /// <summary>
    /// The catalogue's institutions in one county. The address names the county as it is written (忻府区), escaped; a
    /// name with anything but letters and digits, which could not be a folder name everywhere, is named by a hash.
    /// </summary>
    public static string CatalogueCounty(string county) =>
        $"/catalogue/county/{Uri.EscapeDataString(county.All(char.IsLetterOrDigit) ? county : "c" + Fingerprint.OfText(county)[..12])}/";

    /// <summary>Part <paramref name="n"/> of the search index's records, institutions in seq order.</summary>
    public static string SearchRecords(int n) => $"/search/r/{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}.json";

    /// <summary>Shard <paramref name="n"/> of the search index's terms.</summary>
    public static string SearchTerms(int n) => $"/search/t/{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}.json";

    /// <summary>
    /// One batch's publicity notice. The batch is named as its roster file is; a name with anything but ASCII letters,
    /// digits, '-' and '_' is named by a hash, as a county is, so that the address is plain and stable.
    /// </summary>
    public static string PublicityNotice(string seq, string batch) =>
        $"/publicity/{seq}/{(batch.Length > 0 && batch.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? batch : "b" + Fingerprint.OfText(batch)[..12])}/";

    public static string Policy(string slug) => $"/pages/{slug}/";

    public static string ChangesOf(int year) => $"/changes/{year}/";

    /// <summary>The file that serves an address: a folder address is served by its index.html; an escaped name is unescaped.</summary>
    public static string FileOf(string url) => Uri.UnescapeDataString(url.EndsWith('/') ? url + "index.html" : url).TrimStart('/');
}
