using CsCheck;
using SkillCert.Core.Signing;

namespace SkillCert.Tests.Unit.Signing;

public class Base32Tests
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    [Fact]
    public void Decoding_an_encoding_gives_back_the_bytes() =>
        Gen.Byte.Array[0, 80].Sample(bytes => Assert.Equal(bytes, Base32.TryDecode(Base32.Encode(bytes))), iter: PropertyRuns.Many);

    [Fact]
    public void Every_text_that_decodes_is_the_encoding_of_what_it_decodes_to() =>
        Gen.String[Gen.Char[Alphabet], 0, 40].Sample(text =>
        {
            if (Base32.TryDecode(text) is { } bytes) Assert.Equal(text, Base32.Encode(bytes));
        }, iter: PropertyRuns.Many);

    [Fact]
    public void A_set_unused_trailing_bit_is_refused() =>
        Gen.Byte.Array[1, 80].Where(b => b.Length % 5 != 0).Sample(bytes =>
        {
            var text = Base32.Encode(bytes);
            // The last character's low bits are padding: 8 × length bits fill 5 × characters, the rest are unused.
            var unused = text.Length * 5 - bytes.Length * 8;
            var last = Alphabet.IndexOf(text[^1], StringComparison.Ordinal);
            for (var bit = 0; bit < unused; bit++)
                Assert.Null(Base32.TryDecode(text[..^1] + Alphabet[last ^ (1 << bit)]));
        }, iter: PropertyRuns.Codes);

    [Fact]
    public void A_length_no_encoder_writes_is_refused() =>
        Gen.String[Gen.Char[Alphabet], 0, 40].Where(t => t.Length % 8 is 1 or 3 or 6)
            .Sample(text => Assert.Null(Base32.TryDecode(text)), iter: PropertyRuns.Codes);

    [Fact]
    public void Lower_case_reads_as_upper_case() =>
        Gen.Byte.Array[0, 80].Sample(bytes => Assert.Equal(bytes, Base32.TryDecode(Base32.Encode(bytes).ToLowerInvariant())), iter: PropertyRuns.Codes);

    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY")]
    [InlineData("fo", "MZXQ")]
    [InlineData("foo", "MZXW6")]
    [InlineData("foob", "MZXW6YQ")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI")]
    public void The_RFC_4648_test_vectors_encode_as_published(string text, string encoded) =>
        Assert.Equal(encoded, Base32.Encode(System.Text.Encoding.ASCII.GetBytes(text)));

    [Theory]
    [InlineData("MZ")]
    [InlineData("MZXR")]
    [InlineData("MZXW7")]
    public void The_RFC_4648_vectors_with_a_trailing_bit_set_are_refused(string text) => Assert.Null(Base32.TryDecode(text));

    [Fact]
    public void A_character_outside_the_alphabet_does_not_decode() => Assert.Null(Base32.TryDecode("MZXW1"));

    [Fact]
    public void Decoding_any_string_never_throws() =>
        Gen.String[Gen.Char, 0, 40].Sample(s => _ = Base32.TryDecode(s), iter: PropertyRuns.Many);
}
