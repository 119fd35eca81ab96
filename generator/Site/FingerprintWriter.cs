using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace SkillCert.Generator.Site;

/// <summary>
/// Lays the inputs of one fingerprint end to end as bytes: numbers as themselves, texts with their length, so that nothing
/// is formatted only to be hashed. Reused by one thread for fingerprint after fingerprint.
/// </summary>
public sealed class FingerprintWriter
{
    private byte[] _buffer = new byte[512];
    private int _at;

    public FingerprintWriter Add(int number)
    {
        BinaryPrimitives.WriteInt32LittleEndian(Room(sizeof(int)), number);
        _at += sizeof(int);
        return this;
    }

    public FingerprintWriter Add(string text)
    {
        Add(text.Length);
        var bytes = MemoryMarshal.AsBytes(text.AsSpan());
        bytes.CopyTo(Room(bytes.Length));
        _at += bytes.Length;
        return this;
    }

    /// <summary>The fingerprint of what was added since the last one, which starts the next.</summary>
    public string Print()
    {
        var print = Fingerprint.OfBytes(_buffer.AsSpan(0, _at));
        _at = 0;
        return print;
    }

    private Span<byte> Room(int length)
    {
        if (_at + length > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _at + length));
        return _buffer.AsSpan(_at);
    }
}
