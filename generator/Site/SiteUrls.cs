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

    /// <summary>The verification service's form target, served on the same origin as the site.</summary>
    public const string Verify = "/verify";

    public static string Institution(string seq) => $"/catalogue/{seq}/";

    public static string InstitutionJson(string seq) => $"/catalogue/{seq}/index.json";

    public static string Occupation(string code) => $"/occupations/{code}/";

    public static string Policy(string slug) => $"/pages/{slug}/";

    public static string ChangesOf(int year) => $"/changes/{year}/";

    /// <summary>The file that serves an address: a folder address is served by its index.html.</summary>
    public static string FileOf(string url) => (url.EndsWith('/') ? url + "index.html" : url).TrimStart('/');
}
