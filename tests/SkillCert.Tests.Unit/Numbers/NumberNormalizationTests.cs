using SkillCert.Core.Numbers;

namespace SkillCert.Tests.Unit.Numbers;

public class NumberNormalizationTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private const string Canonical = "Y000014000001193000001";

    [Theory]
    [InlineData("  Y000014000001193000001  ", "removed spaces")]
    [InlineData("Y 0000 14 000001 19 3 000001", "removed spaces")]
    [InlineData("Y-0000-14-000001-19-3-000001", "removed hyphens")]
    [InlineData("Ｙ０００ ０１４０００００１１９３０００００１", "converted full-width characters")]
    [InlineData("y000014000001193000001", "upper-cased letters")]
    [InlineData("Y\u3000000014000001193000001", "removed spaces")]
    public void What_people_type_is_normalised_and_the_change_reported(string typed, string adjustment)
    {
        var decoded = CertificateNumber.Decode(typed, Today);

        Assert.True(decoded.WellFormed);
        Assert.Equal(Canonical, decoded.Normalized.Text);
        Assert.Contains(adjustment, decoded.Normalized.Adjustments);
    }

    [Fact]
    public void A_number_typed_correctly_reports_no_normalisation() =>
        Assert.False(CertificateNumber.Decode(Canonical, Today).Normalized.WasNormalized);

    [Fact]
    public void A_null_input_is_an_empty_number_error() =>
        Assert.Equal(NumberField.Number, Assert.Single(CertificateNumber.Decode(null, Today).Errors).Field);

    [Fact]
    public void A_huge_input_is_refused_without_decoding()
    {
        var decoded = CertificateNumber.Decode(new string('Y', 10_000), Today);
        Assert.Contains("too long", Assert.Single(decoded.Errors).Message, StringComparison.Ordinal);
    }
}
