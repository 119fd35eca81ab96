using SkillCert.Core.Identity;
using System.Security.Cryptography;
using System.Text;
using CsCheck;
using SkillCert.Core.Exports;
using SkillCert.Tests.Unit.Identity;

namespace SkillCert.Tests.Unit.Identity;

public class IdHasherTests
{
    private static readonly byte[] Key = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void The_hash_is_HMAC_SHA256_of_the_normalised_ID_number() =>
        IdentityGenerators.IdNumberGen.Sample(id =>
        {
            using var hasher = new IdHasher(Key);
            return hasher.Hash(id).AsSpan().SequenceEqual(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(id)));
        }, iter: PropertyRuns.Codes);

    [Fact]
    public void Spellings_of_the_same_number_hash_alike()
    {
        using var hasher = new IdHasher(Key);
        Assert.Equal(hasher.Hash("14090219900307123X"), hasher.Hash(" １４0902199003071 23x "));
    }

    [Fact]
    public void The_key_id_names_the_key_and_changes_with_it()
    {
        Assert.Equal(IdHasher.KeyId(Key), IdHasher.KeyId(Key.ToArray()));
        Assert.NotEqual(IdHasher.KeyId(Key), IdHasher.KeyId(new byte[32]));
        Assert.Equal(16, IdHasher.KeyId(Key).Length);
    }

    [Fact]
    public void An_id_key_is_32_bytes() =>
        Assert.Throws<ArgumentException>(() => new IdHasher(new byte[16]));
}
