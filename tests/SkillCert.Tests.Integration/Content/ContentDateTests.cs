using System.Globalization;
using SkillCert.Generator.Content;

namespace SkillCert.Tests.Integration.Content;

public class ContentDateTests
{
    [Fact]
    public void Every_day_written_as_yyyy_MM_dd_reads_back_as_itself()
    {
        for (var day = new DateOnly(2019, 1, 1); day <= new DateOnly(2032, 12, 31); day = day.AddDays(1))
        {
            Assert.True(ContentDate.TryParse(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), out var read));
            Assert.Equal(day, read);
        }
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024/03/01")]
    [InlineData("2024-3-1")]
    [InlineData("24-03-01")]
    [InlineData("２０２４-03-01")]
    [InlineData("+024-03-01")]
    [InlineData("")]
    public void Anything_else_is_not_a_date(string text) => Assert.False(ContentDate.TryParse(text, out _));
}
