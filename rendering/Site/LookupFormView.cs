namespace SkillCert.Rendering.Site;

/// <summary>
/// The lookup form as a page shows it again: the name as typed and each field's error. The ID number is never put back
/// into the page, so it is never in a page the browser may keep.
/// </summary>
public sealed record LookupFormView(string Name, string? NameError, string? IdNumberError)
{
    public static LookupFormView Empty { get; } = new("", null, null);
}
