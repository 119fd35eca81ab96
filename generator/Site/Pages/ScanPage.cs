using SkillCert.Core.Verification;

namespace SkillCert.Generator.Site.Pages;

/// <summary>
/// The offline check of a certificate's QR link (scan.js): the signature is checked in the browser against /keys.json,
/// then the record online. <see cref="KeysPublished"/> is false when the build had no export, so no keys.json. The
/// offline verdicts and their reasons are core's words (<see cref="OfflineWording"/>), which the script shows by slug.
/// </summary>
public sealed record ScanPage(SiteView Site, string Title, string Url, string Description, bool KeysPublished,
    IReadOnlyList<OfflineText> Verdicts, IReadOnlyList<OfflineText> Reasons);
