using SkillCert.Core.Exports;
using SkillCert.Rendering.Site;

namespace SkillCert.VerifyApi.Pages;

/// <summary>The site header and footer for the service's pages, from the loaded export's record of site.yml.</summary>
public static class PageSite
{
    /// <summary>Used before any export is loaded, or with an export made without its site record.</summary>
    private static readonly SiteView Fallback = new("职业技能等级证书查询", "", "", null, null, null, []);

    public static SiteView From(ExportedSite? site) => site is null
        ? Fallback
        : new SiteView(site.Title, site.Authority, site.Center, site.ContactAddress, site.ContactPhone, site.ContactEmail, [], site.Demo);
}
