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
        var keys = KeyRotation.Publish([], [old, current], [], Today, out _)!;
        Assert.Null(keys.Single(k => k.KeyId == KeyIds.Of(current)).Retired);
        Assert.Equal(Today, keys.Single(k => k.KeyId == KeyIds.Of(old)).Retired);
    }

    [Fact]
    public void Keys_of_the_previous_export_are_never_dropped_and_keep_their_dates()
    {
        var old = PublishedKey.FromSpki(NewKey(), Earlier);
        var keys = KeyRotation.Publish([old], [NewKey()], [], Today, out _)!;
        var kept = keys.Single(k => k.KeyId == old.KeyId);
        Assert.Equal(Earlier, kept.ValidFrom);
        Assert.Equal(Today, kept.Retired);
        Assert.Equal(2, keys.Count);
    }

    [Fact]
    public void The_current_key_keeps_the_day_it_was_first_published()
    {
        var spki = NewKey();
        var keys = KeyRotation.Publish([PublishedKey.FromSpki(spki, Earlier)], [spki], [], Today, out _)!;
        Assert.Equal(Earlier, Assert.Single(keys).ValidFrom);
    }

    [Fact]
    public void A_retired_key_cannot_become_current_again()
    {
        var spki = NewKey();
        Assert.Null(KeyRotation.Publish([PublishedKey.FromSpki(spki, Earlier, Earlier)], [spki], [], Today, out var error));
        Assert.Contains("retired", error!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_named_for_revocation_is_revoked_and_retired_as_of_the_export()
    {
        var leaked = PublishedKey.FromSpki(NewKey(), Earlier);
        var keys = KeyRotation.Publish([leaked], [NewKey()], [leaked.KeyId.ToUpperInvariant()], Today, out _)!;
        var revoked = keys.Single(k => k.KeyId == leaked.KeyId);
        Assert.Equal((Today, Today), (revoked.Retired, revoked.Revoked));
    }

    [Fact]
    public void A_key_retired_earlier_keeps_its_retirement_date_when_revoked()
    {
        var leaked = PublishedKey.FromSpki(NewKey(), Earlier, Earlier.AddDays(30));
        var keys = KeyRotation.Publish([leaked], [NewKey()], [leaked.KeyId], Today, out _)!;
        var revoked = keys.Single(k => k.KeyId == leaked.KeyId);
        Assert.Equal((Earlier.AddDays(30), Today), (revoked.Retired, revoked.Revoked));
    }

    [Fact]
    public void A_revocation_persists_in_later_exports_that_do_not_name_the_key_again()
    {
        var leaked = PublishedKey.FromSpki(NewKey(), Earlier, Earlier, Earlier.AddDays(1));
        var current = NewKey();
        var keys = KeyRotation.Publish([leaked], [current], [], Today, out _)!;
        Assert.Equal(Earlier.AddDays(1), keys.Single(k => k.KeyId == leaked.KeyId).Revoked);
        var again = KeyRotation.Publish(keys, [leaked.SubjectPublicKeyInfo, current], [leaked.KeyId], Today.AddDays(9), out _)!;
        Assert.Equal(Earlier.AddDays(1), again.Single(k => k.KeyId == leaked.KeyId).Revoked);
    }

    [Fact]
    public void The_current_key_cannot_be_revoked()
    {
        var spki = NewKey();
        Assert.Null(KeyRotation.Publish([], [spki], [KeyIds.Of(spki)], Today, out var error));
        Assert.Contains("current key", error!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revoked_key_can_never_become_current_again()
    {
        var spki = NewKey();
        Assert.Null(KeyRotation.Publish([PublishedKey.FromSpki(spki, Earlier, Earlier, Earlier)], [spki], [], Today, out var error));
        Assert.Contains("revoked", error!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_id_that_no_key_has_cannot_be_revoked()
    {
        Assert.Null(KeyRotation.Publish([], [NewKey()], ["0123456789abcdef"], Today, out var error));
        Assert.Contains("0123456789abcdef", error!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_json_carries_the_revocation_and_reads_it_back()
    {
        var revoked = PublishedKey.FromSpki(NewKey(), Earlier, Earlier, Today);
        var back = Assert.Single(KeySetDocument.From([revoked]).ToPublishedKeys());
        Assert.Equal((revoked.KeyId, revoked.Retired, revoked.Revoked), (back.KeyId, back.Retired, back.Revoked));
    }

    [Fact]
    public void At_least_one_key_is_needed() =>
        Assert.Null(KeyRotation.Publish([], [], [], Today, out _));

    [Fact]
    public void A_public_key_and_its_private_key_name_the_same_key()
    {
        using var key = SigningKey.Create();
        Assert.Equal(key.SubjectPublicKeyInfo, PublicKeyPem.ReadSpki(key.ExportPrivateKeyPem()));
        Assert.Equal(key.SubjectPublicKeyInfo, PublicKeyPem.ReadSpki(key.ExportPublicKeyPem()));
    }
}
