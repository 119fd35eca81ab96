using SkillCert.Core.Signing;

namespace SkillCert.Tests.Unit.Signing;

public class KeyRotationTests
{
    private static readonly DateOnly Earlier = new(2024, 1, 10);
    private static readonly DateOnly Today = new(2025, 6, 30);

    private static byte[] NewKey()
    {
        using var key = SigningKey.Create();
        return key.SubjectPublicKeyInfo;
    }

    [Fact]
    public void The_last_key_given_is_current_and_the_earlier_ones_are_retired_as_of_the_export()
    {
        byte[] old = NewKey(), current = NewKey();
        var keys = KeyRotation.Publish([], [old, current], Today, out _)!;
        Assert.Null(keys.Single(k => k.KeyId == KeyIds.Of(current)).Retired);
        Assert.Equal(Today, keys.Single(k => k.KeyId == KeyIds.Of(old)).Retired);
    }

    [Fact]
    public void Keys_of_the_previous_export_are_never_dropped_and_keep_their_dates()
    {
        var old = PublishedKey.FromSpki(NewKey(), Earlier);
        var keys = KeyRotation.Publish([old], [NewKey()], Today, out _)!;
        var kept = keys.Single(k => k.KeyId == old.KeyId);
        Assert.Equal(Earlier, kept.ValidFrom);
        Assert.Equal(Today, kept.Retired);
        Assert.Equal(2, keys.Count);
    }

    [Fact]
    public void The_current_key_keeps_the_day_it_was_first_published()
    {
        var spki = NewKey();
        var keys = KeyRotation.Publish([PublishedKey.FromSpki(spki, Earlier)], [spki], Today, out _)!;
        Assert.Equal(Earlier, Assert.Single(keys).ValidFrom);
    }

    [Fact]
    public void A_retired_key_cannot_become_current_again()
    {
        var spki = NewKey();
        Assert.Null(KeyRotation.Publish([PublishedKey.FromSpki(spki, Earlier, Earlier)], [spki], Today, out var error));
        Assert.Contains("retired", error, StringComparison.Ordinal);
    }

    [Fact]
    public void At_least_one_key_is_needed() =>
        Assert.Null(KeyRotation.Publish([], [], Today, out _));

    [Fact]
    public void A_public_key_and_its_private_key_name_the_same_key()
    {
        using var key = SigningKey.Create();
        Assert.Equal(key.SubjectPublicKeyInfo, PublicKeyPem.ReadSpki(key.ExportPrivateKeyPem()));
        Assert.Equal(key.SubjectPublicKeyInfo, PublicKeyPem.ReadSpki(key.ExportPublicKeyPem()));
    }
}
