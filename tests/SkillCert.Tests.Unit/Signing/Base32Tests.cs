using CsCheck;
using SkillCert.Core.Signing;

namespace SkillCert.Tests.Unit.Signing;

public class Base32Tests
{
    [Fact]
    public void Decoding_an_encoding_gives_back_the_bytes() =>
        Gen.Byte.Array[0, 80].Sample(bytes => Assert.Equal(bytes, Base32.TryDecode(Base32.Encode(bytes))), iter: PropertyRuns.Many);

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

    [Fact]
    public void A_character_outside_the_alphabet_does_not_decode() => Assert.Null(Base32.TryDecode("MZXW1"));

    [Fact]
    public void Decoding_any_string_never_throws() =>
        Gen.String[Gen.Char, 0, 40].Sample(s => _ = Base32.TryDecode(s), iter: PropertyRuns.Many);
}
