using SkillCert.Core.Identity;
using System.Text;
using SkillCert.VerifyApi.Lookups;

namespace SkillCert.Tests.Integration.Api;

public class IdKeyTests
{
    [Fact]
    public void A_file_of_32_raw_bytes_is_the_key() => Assert.Equal(ExportFixture.IdKey, IdHasher.ParseKey(ExportFixture.IdKey));

    [Fact]
    public void Sixty_four_hex_digits_are_the_key() =>
        Assert.Equal(ExportFixture.IdKey, IdHasher.ParseKey(Encoding.ASCII.GetBytes(Convert.ToHexString(ExportFixture.IdKey) + "\n")));

    [Fact]
    public void Base64_of_32_bytes_is_the_key() =>
        Assert.Equal(ExportFixture.IdKey, IdHasher.ParseKey(Encoding.ASCII.GetBytes(Convert.ToBase64String(ExportFixture.IdKey))));

    [Fact]
    public void A_key_of_another_length_is_refused() => Assert.Null(IdHasher.ParseKey(new byte[16]));
}
