using CsCheck;
using SkillCert.Core.Identity;

namespace SkillCert.Tests.Unit.Identity;

public class IdNumberTests
{
    // Region 140902 (忻府区), born 1990-03-07, sequence 123 (odd: male); check character computed by hand: 9.
    private const string Valid = "140902199003071239";

    [Fact]
    public void The_worked_example_is_valid_and_male()
    {
        var check = IdNumber.Check(Valid);
        Assert.True(check.IsValid, string.Join("; ", check.Errors));
        Assert.Equal(new DateOnly(1990, 3, 7), check.BirthDate);
        Assert.Equal(Gender.Male, check.Gender);
    }

    [Fact]
    public void A_number_with_the_right_check_character_is_valid() =>
        IdentityGenerators.IdNumberGen.Sample(id => Assert.True(IdNumber.Check(id).IsValid, id), iter: PropertyRuns.Many);

    [Fact]
    public void Every_single_character_substitution_is_caught() =>
        IdentityGenerators.IdNumberGen.Sample(id =>
        {
            foreach (var changed in IdentityGenerators.SingleSubstitutions(id, IdentityGenerators.IdAlphabetWithStrangers))
            {
                // A lower-case x in the check position is the same number, written carelessly.
                if (char.ToUpperInvariant(changed[17]) == id[17] && changed[..17] == id[..17]) continue;
                Assert.False(IdNumber.Check(changed).IsValid, $"{id} → {changed}");
            }
        }, iter: PropertyRuns.Codes);

    [Fact]
    public void The_gender_digit_is_odd_for_men_and_even_for_women() =>
        IdentityGenerators.IdNumberGen.Sample(id =>
            Assert.Equal((id[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female, IdNumber.Check(id).Gender), iter: PropertyRuns.Codes);

    [Fact]
    public void A_wrong_check_character_names_the_right_one()
    {
        var check = IdNumber.Check("140902199003071238");
        Assert.Equal("check character should be 9", Assert.Single(check.Errors).En);
    }

    [Fact]
    public void The_old_fifteen_digit_form_is_rejected_with_an_explanation() =>
        Assert.Contains("old 15-digit form", Assert.Single(IdNumber.Check("140902900307123").Errors).En, StringComparison.Ordinal);

    [Theory]
    [InlineData("14090219900230")] // 30 February
    [InlineData("14090218991231")] // before 1900
    [InlineData("14090219901301")] // month 13
    public void An_impossible_birth_date_is_rejected(string first14)
    {
        var first17 = first14 + "123";
        var id = first17 + IdNumber.ComputeCheckCharacter(first17);
        Assert.Contains(IdNumber.Check(id).Errors, e => e.En.Contains("not a real birth date", StringComparison.Ordinal));
    }

    [Fact]
    public void A_birth_date_after_today_is_rejected()
    {
        const string first17 = "140902203001011230";
        var id = first17[..17] + IdNumber.ComputeCheckCharacter(first17.AsSpan(0, 17));
        Assert.Contains(IdNumber.Check(id, new DateOnly(2026, 11, 26)).Errors, e => e.En.Contains("in the future", StringComparison.Ordinal));
    }

    [Fact]
    public void A_region_that_is_no_province_is_rejected()
    {
        const string first17 = "99090219900307123";
        var id = first17 + IdNumber.ComputeCheckCharacter(first17);
        Assert.Contains(IdNumber.Check(id).Errors, e => e.En.Contains("region code", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lower_case_x_is_read_as_X()
    {
        var id = IdentityGenerators.IdNumberGen.Where(i => i[17] == 'X').Single();
        Assert.True(IdNumber.Check(id.ToLowerInvariant()).IsValid);
    }

    [Fact]
    public void Age_counts_whole_years_to_the_birthday()
    {
        Assert.Equal(15, IdNumber.AgeOn(new DateOnly(2010, 6, 1), new DateOnly(2026, 5, 31)));
        Assert.Equal(16, IdNumber.AgeOn(new DateOnly(2010, 6, 1), new DateOnly(2026, 6, 1)));
    }
}
