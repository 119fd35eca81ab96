using SkillCert.Core.Levels;

namespace SkillCert.Tests.Unit.Levels;

public class SkillLevelTests
{
    [Theory]
    [InlineData("3", 3)]
    [InlineData("三级", 3)]
    [InlineData("高级工", 3)]
    [InlineData("三级/高级工", 3)]
    [InlineData("三级／高级工", 3)]
    [InlineData(" ５ ", 5)]
    [InlineData("一级/高级技师", 1)]
    [InlineData("技师", 2)]
    [InlineData("五级", 5)]
    [InlineData("初级工", 5)]
    [InlineData("初级", 5)]
    [InlineData("中级", 4)]
    [InlineData("高级", 3)]
    [InlineData("五级/初级", 5)]
    public void A_level_is_read_from_any_of_the_forms_rosters_and_content_use(string text, int code)
    {
        Assert.True(SkillLevel.TryParse(text, out var level));
        Assert.Equal(code, level.Code);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("三级/技师")]
    [InlineData("六级")]
    [InlineData("初级技师")]
    [InlineData("二级/高级")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_level(string? text) => Assert.False(SkillLevel.TryParse(text, out _));

    [Fact]
    public void Level_five_is_the_entry_grade_and_level_one_the_highest()
    {
        Assert.Equal("五级/初级工", SkillLevel.FromCode(5)!.DisplayName);
        Assert.Equal("一级/高级技师", SkillLevel.FromCode(1)!.DisplayName);
    }
}
