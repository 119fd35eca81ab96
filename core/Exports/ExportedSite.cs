using System.Text.Encodings.Web;
using System.Text.Json;
using SkillCert.Core.Catalogue;

namespace SkillCert.Core.Exports;

/// <summary>
/// The catalogue's public identity as the export carries it (meta key <c>site</c>), so that the verification
/// service's pages name the same authority, centre and addresses as the site, without reading the content. <see cref="Demo"/>
/// says the catalogue is invented sample content; an export written before the flag existed reads as false.
/// </summary>
public sealed record ExportedSite(
    string Title,
    string Authority,
    string Center,
    string BaseUrl,
    string VerifyUrl,
    string? CertificateQueryUrl,
    string? InstitutionQueryUrl,
    string? ContactAddress,
    string? ContactPhone,
    string? ContactEmail,
    bool Demo = false)
{
    private static readonly ExportJsonContext Json = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static ExportedSite From(SiteSettings site) => new(site.Title, site.Authority, site.Center, site.BaseUrl.AbsoluteUri,
        site.VerifyUrl.AbsoluteUri, site.CertificateQueryUrl?.AbsoluteUri, site.InstitutionQueryUrl?.AbsoluteUri,
        site.ContactAddress, site.ContactPhone, site.ContactEmail, site.Demo);

    public string ToJson() => JsonSerializer.Serialize(this, Json.ExportedSite);

    /// <summary>Reads the meta value back; null when it is absent or not this shape.</summary>
    public static ExportedSite? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonSerializer.Deserialize(json, Json.ExportedSite);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
