namespace SkillCert.Generator.Site.Pages;

/// <summary>
/// The offline check of a certificate's QR link (scan.js): the signature is checked in the browser against /keys.json,
/// then the record online. <see cref="KeysPublished"/> is false when the build had no export, so no keys.json.
/// </summary>
public sealed record ScanPage(SiteView Site, string Title, string Url, bool KeysPublished);
