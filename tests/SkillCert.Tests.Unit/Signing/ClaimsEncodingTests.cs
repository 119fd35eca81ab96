using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using CsCheck;
using SkillCert.Core.Signing;

namespace SkillCert.Tests.Unit.Signing;

public class ClaimsEncodingTests
{
    /// Claims of any text at all, '|' and empty fields included: version 1 must keep them apart where version 0 could not.
    private static readonly Gen<QrClaims> AnyClaims =
        from number in Gen.String[Gen.Char['0', 'Z'], 0, 24]
        from name in Gen.String[Gen.OneOf(Gen.Char['\u4e00', '\u9fa5'], Gen.Char["|·"], Gen.Char['a', 'z']), 0, 12]
        from level in Gen.Int[0, 99]
        from days in Gen.Int[0, 20_000]
        select new QrClaims(number, name, level, new DateOnly(1990, 1, 1).AddDays(days));

    /// An independent reader of version 1: a run of fields, each behind its two-byte big-endian length.
    private static List<string> Fields(byte[] bytes)
    {
        var fields = new List<string>();
        for (var at = 0; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at));
            fields.Add(Encoding.UTF8.GetString(bytes, at + 2, length));
            at += 2 + length;
        }
        return fields;
    }

    [Fact]
    public void Version_1_is_the_context_then_each_claim_behind_its_length_and_reads_back() =>
        AnyClaims.Sample(claims => Assert.Equal(
            [ClaimsEncoding.ContextV1, claims.Number, claims.Name, claims.Level.ToString(CultureInfo.InvariantCulture), claims.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
            Fields(ClaimsEncoding.SignedBytes(claims, ClaimsEncoding.Current))), iter: PropertyRuns.Many);

    [Fact]
    public void Different_claims_never_share_their_version_1_bytes() =>
        Gen.Select(AnyClaims, AnyClaims).Where(p => p.Item1 != p.Item2).Sample((a, b) =>
            Assert.NotEqual(ClaimsEncoding.SignedBytes(a, ClaimsEncoding.Current), ClaimsEncoding.SignedBytes(b, ClaimsEncoding.Current)),
            iter: PropertyRuns.Many);

    [Fact]
    public void Version_0_is_the_text_printed_certificates_signed() =>
        Assert.Equal("Y000014000001213000001|石海|3|2021-12-08"u8.ToArray(),
            ClaimsEncoding.SignedBytes(new QrClaims("Y000014000001213000001", "石海", 3, new DateOnly(2021, 12, 8)), ClaimsEncoding.Legacy));

    [Fact]
    public void Two_claims_that_version_0_cannot_tell_apart_differ_in_version_1()
    {
        var day = new DateOnly(2021, 12, 8);
        QrClaims one = new("Y1|石", "海", 3, day), other = new("Y1", "石|海", 3, day);
        Assert.Equal(ClaimsEncoding.SignedBytes(one, ClaimsEncoding.Legacy), ClaimsEncoding.SignedBytes(other, ClaimsEncoding.Legacy));
        Assert.NotEqual(ClaimsEncoding.SignedBytes(one, ClaimsEncoding.Current), ClaimsEncoding.SignedBytes(other, ClaimsEncoding.Current));
    }

    [Fact]
    public void Version_1_bytes_never_read_as_version_0_text_of_the_same_claims() =>
        AnyClaims.Sample(claims =>
            Assert.NotEqual(ClaimsEncoding.SignedBytes(claims, ClaimsEncoding.Legacy), ClaimsEncoding.SignedBytes(claims, ClaimsEncoding.Current)),
            iter: PropertyRuns.Codes);

    [Fact]
    public void A_version_that_does_not_exist_has_no_bytes() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimsEncoding.SignedBytes(new QrClaims("Y", "石", 3, new DateOnly(2021, 1, 1)), 2));
}
