namespace SkillCert.Rendering.Site;

/// <summary>
/// What every page shows of the site itself: its names, the contact, the policy pages for the navigation, and whether
/// its content is an invented sample (<see cref="Demo"/>: a banner on every page says so), and the day the build computed
/// the institutions' statuses (<see cref="StatusesOn"/>: a static page goes stale, so every page says which day it shows),
/// and where the verification service answers (<see cref="Service"/>: the forms and scripts that reach it prefix it to
/// <c>/verify</c> and <c>/api/</c>; empty when it shares the pages' origin, else verify_url without its last '/').
/// </summary>
public sealed record SiteView(string Title, string Authority, string Center, string? ContactAddress, string? ContactPhone,
    string? ContactEmail, IReadOnlyList<LinkView> Pages, bool Demo = false, string? StatusesOn = null, string Service = "");
