using SkillCert.Core.Privacy;

namespace SkillCert.Tests.Unit.Privacy;

public class MaskTests
{
    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("张三丰", "张*丰")]
    [InlineData("欧阳娜娜", "欧**娜")]
    [InlineData("买买提·艾力", "买****力")]
    [InlineData("李", "*")]
    [InlineData("", "")]
    public void A_name_keeps_only_its_first_and_last_characters(string name, string masked) =>
        Assert.Equal(masked, Mask.Name(name));

    [Fact]
    public void A_character_outside_the_basic_plane_counts_as_one() =>
        Assert.Equal("王*\U00020000", Mask.Name("王五\U00020000"));

    [Fact]
    public void An_ID_number_keeps_its_region_and_last_four() =>
        Assert.Equal("140902********123X", Mask.IdNumber("14090219900307123x"));

    [Fact]
    public void Another_document_keeps_only_its_last_four() =>
        Assert.Equal("*****5678", Mask.IdNumber("E12345678"));

    [Fact]
    public void A_masked_ID_number_never_shows_the_birth_date() =>
        Assert.DoesNotContain("19900307", Mask.IdNumber("140902199003071239"), StringComparison.Ordinal);
}
