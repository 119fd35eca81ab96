namespace SkillCert.Rendering.Links;

/// <summary>
/// A link (href, src or action) or an id as a page wrote it, unescaped, and the offset in the page's HTML of a character
/// of its start tag: the tag itself is the last '&lt;' at or before it.
/// </summary>
public readonly record struct RecordedLink(bool IsId, string Value, int Offset)
{
    public RecordedLink At(int shift) => this with { Offset = Offset + shift };
}
