using CsCheck;
using SkillCert.Core.Numbers;
using SkillCert.Core.Regions;

namespace SkillCert.Tests.Unit.Numbers;

public class NumberPropertyTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    /// Valid numbers written out by hand from their fields, so the test does not lean on the formatter.
    internal static readonly Gen<string> ValidNumber =
        from category in Gen.Char["YS"]
        from route in Gen.Int[0, 9999]
        from province in Gen.OneOf(Province.All.Select(p => p.Code).ToArray())
        from institution in Gen.Int[1, 999_999]
        from year in Gen.Int[19, 26]
        from level in Gen.Int[1, 5]
        from sixDigits in Gen.Bool
        from serial in Gen.Int[1, sixDigits ? 999_999 : 99_999]
        select $"{category}{route:0000}{province}{institution:000000}{year:00}{level}{serial.ToString(sixDigits ? "000000" : "00000", System.Globalization.CultureInfo.InvariantCulture)}";

    [Fact]
    public void Formatting_a_decoded_valid_number_gives_back_the_number() =>
        ValidNumber.Sample(text =>
        {
            var decoded = CertificateNumber.Decode(text, Today);
            Assert.True(decoded.WellFormed, text);
            Assert.Equal(text, decoded.Number!.Format());
        }, iter: PropertyRuns.Many);

    [Fact]
    public void A_valid_number_decodes_to_the_form_its_length_names() =>
        ValidNumber.Sample(text =>
            Assert.Equal(text.Length, CertificateNumber.Decode(text, Today).Form!.Length), iter: PropertyRuns.Many);

    [Fact]
    public void Decoding_any_string_never_throws() =>
        Gen.String[Gen.Char, 0, 80].Sample(text =>
        {
            var decoded = CertificateNumber.Decode(text, Today);
            Assert.Equal(decoded.WellFormed, decoded.Errors.Count == 0);
        }, iter: PropertyRuns.Many);

    [Fact]
    public void Decoding_a_valid_number_with_one_character_changed_never_throws() =>
        Gen.Select(ValidNumber, Gen.Int[0, 21], Gen.Char).Sample(t =>
        {
            var (text, at, c) = t;
            var mutated = string.Concat(text.AsSpan(0, Math.Min(at, text.Length - 1)), c.ToString(), text.AsSpan(Math.Min(at, text.Length - 1) + 1));
            _ = CertificateNumber.Decode(mutated, Today);
        }, iter: PropertyRuns.Many);

    [Fact]
    public void A_well_formed_decoding_has_no_errors_and_a_malformed_one_has_at_least_one() =>
        Gen.String[Gen.Char["YS0123456789 -"], 18, 26].Sample(text =>
        {
            var decoded = CertificateNumber.Decode(text, Today);
            Assert.Equal(decoded.Number is not null, decoded.Errors.Count == 0);
        }, iter: PropertyRuns.Many);
}
