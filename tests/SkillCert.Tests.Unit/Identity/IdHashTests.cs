using System.Security.Cryptography;
using System.Text;
using SkillCert.Core.Identity;

namespace SkillCert.Tests.Unit.Identity;

public class IdHashTests
{
    private static readonly byte[] Key = Enumerable.Range(1, IdHasher.KeyLength).Select(i => (byte)i).ToArray();

    [Fact]
    public void The_hash_is_hmac_sha256_of_the_normalised_number() =>
        Assert.Equal(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes("11010519491231002X")),
            IdHasher.Compute(Key, "11010519491231002X"));

    [Fact]
    public void Typing_variants_of_one_number_hash_alike() =>
        Assert.Equal(IdHasher.Compute(Key, "11010519491231002X"), IdHasher.Compute(Key, " １１０１０５１９４９１２３１００２ｘ "));

    [Fact]
    public void Another_key_gives_another_hash() =>
        Assert.NotEqual(IdHasher.Compute(Key, "11010519491231002X"), IdHasher.Compute(new byte[IdHasher.KeyLength], "11010519491231002X"));

    [Fact]
    public void A_key_of_the_wrong_length_is_refused() =>
        Assert.Throws<ArgumentException>(() => IdHasher.Compute(new byte[16], "11010519491231002X"));
}
