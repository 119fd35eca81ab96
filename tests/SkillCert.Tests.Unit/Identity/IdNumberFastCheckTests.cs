using CsCheck;
using SkillCert.Core.Identity;

namespace SkillCert.Tests.Unit.Identity;

public class IdNumberFastCheckTests
{
    private static readonly DateOnly Today = new(2025, 6, 30);

    [Fact]
    public void The_fast_check_accepts_exactly_what_the_full_check_accepts_in_normal_form() =>
        Gen.OneOf(IdentityGenerators.IdNumberGen,
                IdentityGenerators.IdNumberGen.SelectMany(id => Gen.Int[0, 17].SelectMany(i => Gen.Char["0123456789X"].Select(c =>
                    id[..i] + c + id[(i + 1)..]))))
            .Sample(id =>
            {
                var fast = IdNumber.IsValid(id, Today, out var birth, out var gender);
                var full = IdNumber.Check(id, Today);
                return fast == full.IsValid && (!fast || (birth == full.BirthDate && gender == full.Gender));
            }, iter: PropertyRuns.Many);

    [Fact]
    public void Text_in_normal_form_is_returned_unchanged_by_normalising() =>
        Gen.String[Gen.Char[' ', '\u007f'], 0, 20].Sample(text =>
            !IdNumber.IsNormalized(text) || ReferenceEquals(text, IdNumber.Normalize(text)), iter: PropertyRuns.Codes);
}
