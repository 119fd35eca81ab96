using SkillCert.Core.Identity;

namespace SkillCert.Tests.Unit.Identity;

public class IdKeyModesTests
{
    [Theory]
    [InlineData(0b100_000_000)] // 0400
    [InlineData(0b100_100_000)] // 0440
    [InlineData(0b110_000_000)] // 0600
    public void A_key_only_its_owner_and_read_only_its_group_may_see_is_accepted(int mode) => Assert.True(IdKeyModes.Accepts((UnixFileMode)mode));

    [Theory]
    [InlineData(0b110_100_100)] // 0644
    [InlineData(0b100_000_100)] // 0404
    [InlineData(0b110_110_000)] // 0660
    [InlineData(0b111_000_000)] // 0700
    public void A_key_others_may_read_or_its_group_may_write_is_not(int mode) => Assert.False(IdKeyModes.Accepts((UnixFileMode)mode));

    [Fact]
    public void The_mode_is_written_as_chmod_takes_it() =>
        Assert.Equal("0644", IdKeyModes.Octal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.SetUser));
}
