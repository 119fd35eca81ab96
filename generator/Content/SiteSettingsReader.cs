using SkillCert.Core.Catalogue;
using SkillCert.Core.Numbers;
using SkillCert.Core.Regions;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Content;

/// <summary>Reads content/site.yml.</summary>
public static class SiteSettingsReader
{
    private static readonly string[] Known =
    [
        "title", "authority", "center", "province", "base_url", "verify_url", "number_form",
        "certificate_query_url", "institution_query_url", "contact", "demo", PublicitySettingsReader.Key,
    ];

    /// <summary>The addresses that leave the site, with where each one goes.</summary>
    private static readonly (string Key, string GoesTo)[] PublicAddresses =
    [
        ("base_url", "the feed, the sitemap and the verification pages' links to the catalogue"),
        ("verify_url", "every printed certificate's QR code"),
        ("certificate_query_url", "every printed certificate"),
        ("institution_query_url", "every printed certificate"),
    ];

    public static SiteSettings? Read(string path, string display, DiagnosticBag bag)
    {
        var text = SourceText.Read(path, display, bag);
        return text is null ? null : Parse(text, display, bag);
    }

    /// <summary>Checks the text of site.yml.</summary>
    public static SiteSettings? Parse(string text, string display, DiagnosticBag bag)
    {
        var map = MappingReader.From(YamlSource.Parse(text, display, bag), display, bag, new Phrase("site.yml", "site.yml"));
        if (map is null) return null;
        map.WarnUnknownKeys(Known);

        var title = map.String("title", required: true);
        var authority = map.String("authority", required: true);
        var center = map.String("center", required: true);
        var province = map.String("province", required: true);
        if (province is not null && Province.Find(province) is null)
            bag.Error(DiagnosticCodes.BadSiteSetting, map.SpotOf("province"), $"province“{province}”不是 GB/T 2260 的两位省级代码；山西是 \"14\"",
                $"province \"{province}\" is not a two-digit GB/T 2260 code; Shanxi is \"14\"");
        var baseUrl = Url(map, "base_url", required: true);
        var verifyUrl = Url(map, "verify_url", required: true);
        var form = NumberForm.National22;
        if (map.String("number_form") is { } formName)
        {
            form = NumberForm.FromName(formName) ?? form;
            if (NumberForm.FromName(formName) is null)
                bag.Error(DiagnosticCodes.BadSiteSetting, map.SpotOf("number_form"), $"number_form“{formName}”不认识；请用 national-22 或 notice-21",
                    $"number_form \"{formName}\" is unknown; use national-22 or notice-21");
        }
        var contact = map.Mapping("contact");
        contact?.WarnUnknownKeys(["address", "phone", "email"]);
        var demo = Demo(map);
        var (address, phone, email) = (contact?.String("address"), contact?.String("phone"), contact?.String("email"));
        var publicity = PublicitySettingsReader.Read(map, address, phone, email);
        var certificateQueryUrl = Url(map, "certificate_query_url", required: false);
        var institutionQueryUrl = Url(map, "institution_query_url", required: false);
        if (!demo)
        {
            foreach (var ((key, goesTo), url) in PublicAddresses.Zip([baseUrl, verifyUrl, certificateQueryUrl, institutionQueryUrl]))
            {
                if (url is not null && PlaceholderHosts.Describe(url.Host) is { } kind)
                    bag.Error(DiagnosticCodes.PlaceholderHost, map.SpotOf(key),
                        $"{key}“{url.AbsoluteUri}”的主机是占位地址（{kind}），不通向任何真实网站，而 {goesTo} 会带上它；请写真实地址；如果这是虚构的示例内容，加上 demo: true",
                        $"{key} \"{url.AbsoluteUri}\" has a placeholder host ({kind}) that reaches no real site, and {goesTo} would carry it; write the real address, or add 'demo: true' if this content is invented sample data");
            }
        }

        if (title is null || authority is null || center is null || province is null || baseUrl is null || verifyUrl is null) return null;
        return new SiteSettings
        {
            Title = title,
            Authority = authority,
            Center = center,
            Province = province,
            BaseUrl = baseUrl,
            VerifyUrl = verifyUrl,
            NumberForm = form,
            CertificateQueryUrl = certificateQueryUrl,
            InstitutionQueryUrl = institutionQueryUrl,
            ContactAddress = address,
            ContactPhone = phone,
            ContactEmail = email,
            Demo = demo,
            Publicity = publicity,
        };
    }

    /// <summary>demo: true marks invented sample content; anything but true or false is a mistake worth naming.</summary>
    private static bool Demo(MappingReader map)
    {
        var text = map.String("demo");
        if (text is null or "false") return false;
        if (text == "true") return true;
        map.Bag.Error(DiagnosticCodes.BadSiteSetting, map.SpotOf("demo"),
            $"demo“{text}”既不是 true 也不是 false；虚构的示例内容写 demo: true，否则不写这一项",
            $"demo \"{text}\" is neither true nor false; write demo: true for invented sample content, or leave it out");
        return false;
    }

    private static Uri? Url(MappingReader map, string key, bool required)
    {
        var text = map.String(key, required);
        if (text is null) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            return text.EndsWith('/') ? uri : new Uri(text + "/");
        map.Bag.Error(DiagnosticCodes.BadSiteSetting, map.SpotOf(key), $"{key}“{text}”不是 http(s) 网址；请写完整，例如 https://example.org/",
            $"{key} \"{text}\" is not an http(s) address; write it in full, like https://example.org/");
        return null;
    }
}
