using SkillCert.Core.Numbers;

namespace SkillCert.Core.Catalogue;

/// <summary>The settings of one published catalogue, from content/site.yml.</summary>
public sealed record SiteSettings
{
    public required string Title { get; init; }

    /// <summary>The bureau that publishes the catalogue.</summary>
    public required string Authority { get; init; }

    /// <summary>The skill-appraisal centre that runs filing and supervision.</summary>
    public required string Center { get; init; }

    /// <summary>The two-digit GB/T 2260 code that certificate numbers of this catalogue carry.</summary>
    public required string Province { get; init; }

    /// <summary>The public address of the static site, ending in a slash.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The public address of the verification service, ending in a slash; QR codes point here.</summary>
    public required Uri VerifyUrl { get; init; }

    /// <summary>The form in which the export assigns new certificate numbers.</summary>
    public NumberForm NumberForm { get; init; } = NumberForm.National22;

    /// <summary>The national certificate query address printed on certificates (证书信息查询网址).</summary>
    public Uri? CertificateQueryUrl { get; init; }

    /// <summary>The national institution query address printed on certificates (机构信息查询网址).</summary>
    public Uri? InstitutionQueryUrl { get; init; }

    public string? ContactAddress { get; init; }

    public string? ContactPhone { get; init; }

    public string? ContactEmail { get; init; }

    /// <summary>
    /// True for invented sample content: every page carries a banner saying so, the open data says so, and the
    /// placeholder hosts that real content may not use (they would go into printed QR codes) are allowed.
    /// </summary>
    public bool Demo { get; init; }

    /// <summary>How the site publishes the publicity notices of the export's batches.</summary>
    public PublicitySettings Publicity { get; init; } = new();
}
