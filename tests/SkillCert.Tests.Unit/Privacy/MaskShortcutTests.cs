using System.Globalization;
using CsCheck;
using SkillCert.Core.Privacy;

namespace SkillCert.Tests.Unit.Privacy;

public class MaskShortcutTests
{
    // Reference: mask by grapheme clusters, as a reader counts characters.
    private static string ByGraphemes(string name)
    {
        var elements = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(name.Trim());
        while (e.MoveNext()) elements.Add((string)e.Current);
        return elements.Count switch
        {
            0 => "",
            1 => "*",
            2 => elements[0] + "*",
            _ => elements[0] + new string('*', elements.Count - 2) + elements[^1],
        };
    }

    [Fact]
    public void Han_and_Latin_names_mask_as_grapheme_counting_would() =>
        Gen.String[Gen.OneOf(Gen.Char['\u4e00', '\u9fa5'], Gen.Char['a', 'z'], Gen.Const('·'), Gen.Const(' ')), 0, 8]
            .Sample(name => Mask.Name(name) == ByGraphemes(name), iter: PropertyRuns.Codes);
}
