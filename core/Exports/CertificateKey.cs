using System.Buffers.Binary;

namespace SkillCert.Core.Exports;

/// <summary>
/// What makes a certificate the same certificate when its number is not written in the roster: the institution,
/// the holder (by the keyed hash of the ID number), the occupation and trade, the level and the issue date.
/// </summary>
public readonly record struct CertificateKey(
    string Institution, ulong Holder0, ulong Holder1, ulong Holder2, ulong Holder3,
    string OccupationCode, string Trade, int Level, DateOnly IssuedOn)
{
    // The hash of the holder is already uniformly random; hashing the strings as well would only cost time.
    public override int GetHashCode() => HashCode.Combine(Holder0, Holder1, Level, IssuedOn);

    public static CertificateKey Of(ExportedCertificate r)
    {
        var h = r.IdHash.AsSpan();
        return new(r.Institution, BinaryPrimitives.ReadUInt64LittleEndian(h), BinaryPrimitives.ReadUInt64LittleEndian(h[8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(h[16..]), BinaryPrimitives.ReadUInt64LittleEndian(h[24..]),
            r.OccupationCode, r.Trade ?? "", r.Level, r.IssuedOn);
    }
}
