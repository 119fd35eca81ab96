using System.Buffers.Binary;

namespace SkillCert.Generator.Export;

/// <summary>
/// The holder index's entries (<c>id_hash</c>, <c>holder_name</c>, <c>number</c>: the index's columns and the table's key),
/// copied as the writer inserts each certificate and sorted here in the index's order, so that
/// <see cref="HolderIndexBuilder"/> writes the index at its right edge instead of SQLite's sorter sorting a million
/// rows on a blob key at the serial end (export-vs-sqlite.sh; docs/benchmarks.md, "The export against the sqlite3 floor").
/// Each entry is its three values with a 4-byte length before each, in chunks pinned for the binds.
/// </summary>
internal sealed unsafe class HolderKeys
{
    private const int ChunkSize = 4 << 20;

    private readonly List<byte[]> _chunks = [];
    private HolderKey[] _keys = new HolderKey[1 << 16];
    private byte[] _chunk = [];
    private int _used = ChunkSize;

    public int Count { get; private set; }

    public void Add(byte* hash, int hashLength, byte* name, int nameLength, byte* number, int numberLength)
    {
        var size = 12 + hashLength + nameLength + numberLength;
        if (_used + size > _chunk.Length)
        {
            _chunk = GC.AllocateUninitializedArray<byte>(Math.Max(ChunkSize, size), pinned: true);
            _chunks.Add(_chunk);
            _used = 0;
        }
        var at = _used;
        Copy(hash, hashLength, ref at);
        Copy(name, nameLength, ref at);
        Copy(number, numberLength, ref at);
        if (Count == _keys.Length) Array.Resize(ref _keys, _keys.Length * 2);
        _keys[Count++] = new HolderKey(Prefix(new ReadOnlySpan<byte>(hash, hashLength)), _chunks.Count - 1, _used);
        _used = at;
    }

    /// <summary>
    /// Sorts the entries as SQLite orders the index's keys: each value's bytes compared as memcmp does, a shorter value
    /// first when one is the start of the other (BINARY collation on text, and blobs). The two halves of the hash's
    /// first bit are sorted on two threads.
    /// </summary>
    public void Sort()
    {
        var keys = _keys.AsSpan(0, Count);
        // The hashes are keyed HMACs, so their first bit splits the entries in two halves of about the same size.
        var zeros = 0;
        for (var i = 0; i < keys.Length; i++)
            if ((keys[i].Prefix >> 63) == 0) (keys[zeros], keys[i]) = (keys[i], keys[zeros++]);
        var comparer = new Comparer(_chunks);
        var upper = Task.Run(() => Array.Sort(_keys, zeros, Count - zeros, comparer));
        Array.Sort(_keys, 0, zeros, comparer);
        upper.GetAwaiter().GetResult();
    }

    /// <summary>Where the entry at <paramref name="index"/> starts (after <see cref="Sort"/>, in index order); read it with <see cref="Next"/>.</summary>
    public byte* EntryAt(int index)
    {
        var key = _keys[index];
        // The chunks are on the pinned object heap, so the pointer stays valid after the fixed block.
        fixed (byte* chunk = _chunks[key.Chunk]) return chunk + key.Offset;
    }

    /// <summary>The value at <paramref name="at"/> (the hash, then the name, then the number) and its length; moves past it.</summary>
    public static byte* Next(ref byte* at, out int length)
    {
        length = BinaryPrimitives.ReadInt32LittleEndian(new ReadOnlySpan<byte>(at, 4));
        var value = at + 4;
        at = value + length;
        return value;
    }

    private void Copy(byte* value, int length, ref int at)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_chunk.AsSpan(at), length);
        new ReadOnlySpan<byte>(value, length).CopyTo(_chunk.AsSpan(at + 4));
        at += 4 + length;
    }

    // The first eight bytes as a big-endian number, zero-padded: ordering by it agrees with memcmp, and equal prefixes
    // fall back to comparing the bytes.
    private static ulong Prefix(ReadOnlySpan<byte> hash)
    {
        Span<byte> first = stackalloc byte[8];
        first.Clear();
        hash[..Math.Min(8, hash.Length)].CopyTo(first);
        return BinaryPrimitives.ReadUInt64BigEndian(first);
    }

    private readonly record struct HolderKey(ulong Prefix, int Chunk, int Offset);

    private sealed class Comparer(List<byte[]> chunks) : IComparer<HolderKey>
    {
        public int Compare(HolderKey x, HolderKey y)
        {
            if (x.Prefix != y.Prefix) return x.Prefix < y.Prefix ? -1 : 1;
            ReadOnlySpan<byte> a = chunks[x.Chunk].AsSpan(x.Offset), b = chunks[y.Chunk].AsSpan(y.Offset);
            for (var field = 0; field < 3; field++)
            {
                var order = Value(ref a).SequenceCompareTo(Value(ref b));
                if (order != 0) return order;
            }
            return 0;
        }

        private static ReadOnlySpan<byte> Value(ref ReadOnlySpan<byte> rest)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(rest);
            var value = rest.Slice(4, length);
            rest = rest[(4 + length)..];
            return value;
        }
    }
}
