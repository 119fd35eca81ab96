using SkillCert.Core.Verification;

namespace SkillCert.Tests.Unit.Verification;

public class HolderNameTests
{
    [Fact]
    public void The_same_name_matches() => Assert.True(HolderName.Matches("张三明", "张三明"));

    [Fact]
    public void Surrounding_spaces_are_ignored() => Assert.True(HolderName.Matches("  张三明\u3000", "张三明"));

    [Fact]
    public void Full_width_letters_match_their_plain_form() => Assert.True(HolderName.Matches("ＬＩ Ｍｉｎｇ", "LI Ming"));

    [Fact]
    public void Compatibility_ideographs_match_the_unified_ones() => Assert.True(HolderName.Matches("\uF900", "\u8C48"));

    [Fact]
    public void A_different_name_does_not_match() => Assert.False(HolderName.Matches("张三", "张三明"));

    [Fact]
    public void An_empty_name_never_matches() => Assert.False(HolderName.Matches("  ", ""));

    [Fact]
    public void Case_is_significant_for_latin_names() => Assert.False(HolderName.Matches("li ming", "LI Ming"));
}
