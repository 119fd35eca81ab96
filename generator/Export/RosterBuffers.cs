namespace SkillCert.Generator.Export;

/// <summary>
/// The buffers one worker reads rosters with — the file's bytes, its decoded characters and the CSV parser's
/// working space — grown when a larger file comes and otherwise reused, file after file.
/// </summary>
public sealed class RosterBuffers
{
    /// <summary>The size of the CSV parser's working buffer.</summary>
    public const int ParseBufferSize = 1 << 16;

    private byte[] _bytes = new byte[1 << 16];
    private char[] _chars = new char[1 << 16];

    public char[] Parse { get; } = new char[ParseBufferSize];

    /// <summary>
    /// Reads a whole file into the byte buffer; the returned memory is valid until the next call. Throws
    /// <see cref="FileTooLargeException"/> for a file over <paramref name="maxLength"/> bytes, before reading it.
    /// </summary>
    public ReadOnlyMemory<byte> ReadFile(string path, long maxLength)
    {
        using var handle = File.OpenHandle(path);
        var size = RandomAccess.GetLength(handle);
        if (size > maxLength) throw new FileTooLargeException(size);
        var length = (int)size;
        if (length > _bytes.Length) _bytes = new byte[Math.Max(length, _bytes.Length * 2)];
        var read = 0;
        while (read < length)
        {
            var n = RandomAccess.Read(handle, _bytes.AsSpan(read, length - read), read);
            if (n == 0) break;
            read += n;
        }
        return _bytes.AsMemory(0, read);
    }

    /// <summary>A character buffer of at least <paramref name="length"/>, valid until the next call.</summary>
    public char[] Chars(int length)
    {
        if (length > _chars.Length) _chars = new char[Math.Max(length, _chars.Length * 2)];
        return _chars;
    }
}
