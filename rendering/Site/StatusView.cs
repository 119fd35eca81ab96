namespace SkillCert.Rendering.Site;

/// <summary>An institution's standing as a page shows it: the label, the stable slug for styles and filters, and the cause.</summary>
public sealed record StatusView(string Slug, string Label, string Cause, string? Since, bool MayCertify)
{
    /// <summary>
    /// Removed or withdrawn: the institution has left the catalogue, so its scope and validity are history, shown under
    /// headings that say so, never as if they were still in force.
    /// </summary>
    public bool Ended => Slug is "removed" or "withdrawn";
}
