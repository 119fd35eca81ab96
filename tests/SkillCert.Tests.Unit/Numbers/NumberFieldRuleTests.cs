using SkillCert.Core.Numbers;

namespace SkillCert.Tests.Unit.Numbers;

public class NumberFieldRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static IReadOnlyList<FieldError> ErrorsOf(string text) => CertificateNumber.Decode(text, Today).Errors;

    private static FieldError OnlyError(string text) => Assert.Single(ErrorsOf(text));

    [Fact]
    public void The_category_is_Y_or_S() =>
        Assert.Equal(NumberField.Category, OnlyError("X000014000001193000001").Field);

    [Fact]
    public void The_route_is_four_digits() =>
        Assert.Equal(NumberField.Route, OnlyError("Y00A014000001193000001").Field);

    [Theory]
    [InlineData("10")]
    [InlineData("16")]
    [InlineData("66")]
    [InlineData("70")]
    [InlineData("83")]
    [InlineData("99")]
    public void The_province_is_a_GB_T_2260_code(string province) =>
        Assert.Equal(NumberField.Province, OnlyError($"Y0000{province}000001193000001").Field);

    [Theory]
    [InlineData("11")]
    [InlineData("14")]
    [InlineData("65")]
    [InlineData("71")]
    [InlineData("81")]
    [InlineData("82")]
    public void Every_listed_province_is_accepted(string province) =>
        Assert.Empty(ErrorsOf($"Y0000{province}000001193000001"));

    [Fact]
    public void The_institution_sequence_is_not_all_zeros() =>
        Assert.Equal(NumberField.Institution, OnlyError("Y000014000000193000001").Field);

    [Fact]
    public void The_year_is_not_before_the_scheme_began() =>
        Assert.Equal(NumberField.Year, OnlyError("Y000014000001183000001").Field);

    [Fact]
    public void The_year_is_not_after_the_current_year()
    {
        var error = OnlyError("Y000014000001273000001");
        Assert.Equal(NumberField.Year, error.Field);
        Assert.Contains("2026", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_current_year_itself_is_accepted() => Assert.Empty(ErrorsOf("Y000014000001263000001"));

    [Theory]
    [InlineData('0')]
    [InlineData('6')]
    [InlineData('9')]
    public void The_level_is_one_to_five(char level) =>
        Assert.Equal(NumberField.Level, OnlyError($"Y00001400000119{level}000001").Field);

    [Theory]
    [InlineData("Y000014000001193000000")]
    [InlineData("Y00001400000119300000")]
    public void The_serial_is_not_all_zeros(string text) =>
        Assert.Equal(NumberField.Serial, OnlyError(text).Field);

    [Theory]
    [InlineData("")]
    [InlineData("Y0000140000011930000")]
    [InlineData("Y0000140000011930000011")]
    public void A_number_of_the_wrong_length_is_one_length_error(string text)
    {
        var decoded = CertificateNumber.Decode(text, Today);
        Assert.Null(decoded.Form);
        Assert.Equal(NumberField.Number, Assert.Single(decoded.Errors).Field);
    }

    [Fact]
    public void Every_bad_field_gets_its_own_error()
    {
        var fields = ErrorsOf("X00A100000000990000000").Select(e => e.Field);

        Assert.Equal([NumberField.Category, NumberField.Route, NumberField.Province, NumberField.Institution,
            NumberField.Year, NumberField.Level, NumberField.Serial], fields);
    }

    [Fact]
    public void Every_error_says_what_was_expected_in_both_languages()
    {
        foreach (var error in ErrorsOf("X00A100000000990000000"))
        {
            Assert.Contains("expected", error.Message, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(error.MessageZh));
        }
    }

    [Fact]
    public void A_malformed_number_still_reports_the_form_its_length_suggests()
    {
        var decoded = CertificateNumber.Decode("X000014000001193000001", Today);
        Assert.Equal(NumberForm.National22, decoded.Form);
        Assert.Null(decoded.Number);
    }
}
