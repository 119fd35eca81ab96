namespace SkillCert.Generator.Export;

/// <summary>
/// A TextReader over characters already decoded into a buffer that a worker reuses from file to file, so that
/// reading twenty thousand small rosters does not allocate a reader and its buffers for each.
/// </summary>
public sealed class CharsReader(char[] buffer, int length) : TextReader
{
    private int _position;

    public override int Peek() => _position < length ? buffer[_position] : -1;

    public override int Read() => _position < length ? buffer[_position++] : -1;

    public override int Read(char[] destination, int index, int count) => Read(destination.AsSpan(index, count));

    public override int Read(Span<char> destination)
    {
        var count = Math.Min(destination.Length, length - _position);
        buffer.AsSpan(_position, count).CopyTo(destination);
        _position += count;
        return count;
    }
}
