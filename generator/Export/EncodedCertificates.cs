using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using SkillCert.Core.Exports;
using SkillCert.Core.Rosters;

namespace SkillCert.Generator.Export;

/// <summary>
/// An institution's certificates already turned into the bytes SQLite stores — UTF-8 text, the date strings, the
/// hash — packed one after another, so that the single writer thread only binds and steps while the workers, which
/// have a core each, do the encoding. Each row is its level (one byte) and then, per column in insert order, a
/// 4-byte length (-1 for NULL) and the bytes. The buffer is rented from the shared pool (an institution's rows
/// are larger than the GC's small-object limit, and fresh large arrays would cost full collections) and goes back
/// when the writer is done with it.
/// </summary>
// CertificateInsertBenchmark (docs/benchmarks.md, "The export against the sqlite3 floor"): 20,000 encoded rows bound in
// 145-231 ms with 0.4 KB allocated, against 630 ms and 42 MB through Microsoft.Data.Sqlite's parameters.
public sealed class EncodedCertificates : IDisposable
{
    /// <summary>The columns after <c>level</c>, in the order <see cref="CertificateInserter"/> binds them.</summary>
    public const int FieldsPerRow = 17;

    /// <summary>The index, among the fields, of the one blob: <c>id_hash</c>.</summary>
    public const int BlobField = 13;

    private EncodedCertificates(byte[] data, int length, int count)
    {
        Data = data;
        Length = length;
        Count = count;
    }

    public byte[] Data { get; }

    /// <summary>How many bytes of <see cref="Data"/> are used.</summary>
    public int Length { get; }

    public int Count { get; }

    public static EncodedCertificates Encode(IReadOnlyList<ExportedCertificate> certificates)
    {
        var size = 0;
        foreach (var c in certificates) size += 1 + FieldsPerRow * 4 + 3 * Characters(c) + 2 * 10 + c.IdHash.Length;
        var data = ArrayPool<byte>.Shared.Rent(Math.Max(size, 1));
        var at = 0;
        foreach (var c in certificates)
        {
            data[at++] = (byte)c.Level;
            Text(data, ref at, c.Number);
            Text(data, ref at, c.Institution);
            Text(data, ref at, c.OccupationCode);
            Text(data, ref at, c.OccupationName);
            Text(data, ref at, c.Trade);
            Date(data, ref at, c.IssuedOn);
            Text(data, ref at, c.Status);
            Date(data, ref at, c.RevokedOn);
            Text(data, ref at, c.RevocationReason);
            Text(data, ref at, c.HolderName);
            Text(data, ref at, c.MaskedName);
            Text(data, ref at, c.DocumentType);
            Text(data, ref at, c.MaskedId);
            BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(at), c.IdHash.Length);
            c.IdHash.CopyTo(data, at + 4);
            at += 4 + c.IdHash.Length;
            Text(data, ref at, c.Batch);
            Text(data, ref at, c.Replaces);
            Text(data, ref at, c.ReplacedBy);
        }
        return new EncodedCertificates(data, at, certificates.Count);
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(Data);

    private static int Characters(ExportedCertificate c) =>
        c.Number!.Length + c.Institution.Length + c.OccupationCode.Length + c.OccupationName.Length + (c.Trade?.Length ?? 0) + c.Status.Length
        + (c.RevocationReason?.Length ?? 0) + c.HolderName.Length + c.MaskedName.Length + c.DocumentType.Length + c.MaskedId.Length
        + (c.Batch?.Length ?? 0) + (c.Replaces?.Length ?? 0) + (c.ReplacedBy?.Length ?? 0);

    private static void Text(byte[] data, ref int at, string? value)
    {
        if (value is null)
        {
            BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(at), -1);
            at += 4;
            return;
        }
        var length = Encoding.UTF8.GetBytes(value, data.AsSpan(at + 4));
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(at), length);
        at += 4 + length;
    }

    private static void Date(byte[] data, ref int at, DateOnly? value)
    {
        if (value is not { } day)
        {
            Text(data, ref at, null);
            return;
        }
        day.TryFormat(data.AsSpan(at + 4), out var length, RosterDate.Format, CultureInfo.InvariantCulture);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(at), length);
        at += 4 + length;
    }
}
