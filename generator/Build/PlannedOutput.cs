using SkillCert.Rendering.Links;

namespace SkillCert.Generator.Build;

/// <summary>
/// One file of the site before it is written: its path in the site, a fingerprint of everything it shows,
/// and how to make it. Nothing is made unless the fingerprint differs from the last build's.
/// </summary>
public sealed record PlannedOutput(string Path, string Fingerprint, Func<RenderedHtml>? RenderHtml, Func<byte[]>? RenderData, string? Source = null)
{
    public bool IsHtml => RenderHtml is not null;
}
