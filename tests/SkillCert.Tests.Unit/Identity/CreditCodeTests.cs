using CsCheck;
using SkillCert.Core.Identity;

namespace SkillCert.Tests.Unit.Identity;

public class CreditCodeTests
{
    // A real-format code built by hand: 9 (market regulator), 1 (enterprise), 140900 (Xinzhou), organisation code, check.
    private const string Valid = "91140900MA0K3PQ218";

    [Fact]
    public void A_code_with_correct_check_characters_is_valid() =>
        IdentityGenerators.CreditCodeGen.Sample(code => Assert.True(CreditCode.Check(code).IsValid, code), iter: PropertyRuns.Many);

    [Fact]
    public void Every_single_character_substitution_is_caught() =>
        IdentityGenerators.CreditCodeGen.Sample(code =>
        {
            foreach (var changed in IdentityGenerators.SingleSubstitutions(code, IdentityGenerators.CreditAlphabetWithStrangers))
                Assert.False(CreditCode.Check(changed).IsValid, $"{code} → {changed}");
        }, iter: PropertyRuns.Codes);

    [Fact]
    public void A_wrong_final_check_character_names_the_right_one()
    {
        var good = CreditCode.ComputeCheckCharacter(Valid.AsSpan(0, 17));
        var bad = Valid[..17] + (good == '0' ? '1' : '0');
        Assert.Contains($"should be '{good}'", Assert.Single(CreditCode.Check(bad).Errors).En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_organisation_check_character_is_reported_as_such()
    {
        var code = IdentityGenerators.CreditCodeGen.Single();
        var orgCheck = code[16] == '0' ? '1' : '0';
        var first17 = code[..16] + orgCheck;
        var bad = first17 + CreditCode.ComputeCheckCharacter(first17);
        Assert.Contains("organisation code", Assert.Single(CreditCode.Check(bad).Errors).En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9114090")]
    [InlineData("91140900MA0K3PQ218X")]
    public void A_code_of_the_wrong_length_is_one_length_error(string code) =>
        Assert.Contains("expected 18 characters", Assert.Single(CreditCode.Check(code).Errors).En, StringComparison.Ordinal);

    [Fact]
    public void A_letter_outside_the_alphabet_is_named_with_its_position()
    {
        var errors = CreditCode.Check("91140900MA0K3PQ2IR").Errors;
        Assert.Contains(errors, e => e.En.Contains("character 17 'I'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lower_case_letter_is_an_error_because_licences_print_capitals() =>
        Assert.False(CreditCode.Check(Valid.ToLowerInvariant()).IsValid);
}
