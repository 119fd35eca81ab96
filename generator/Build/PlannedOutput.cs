namespace SkillCert.Generator.Build;

/// <summary>
/// One file of the site before it is written: its path in the site, a fingerprint of everything it shows,
/// and how to make it. HTML is rendered only when its fingerprint changed; data is cheap and made at planning.
/// </summary>
public sealed record PlannedOutput(string Path, string Fingerprint, Func<string>? RenderHtml, byte[]? Data, string? Source = null)
{
    public bool IsHtml => RenderHtml is not null;
}
