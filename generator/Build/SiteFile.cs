using System.Buffers;
using System.Text;

namespace SkillCert.Generator.Build;

/// <summary>Writes one file of the site with as few system calls as .NET allows: open, write, close.</summary>
public static class SiteFile
{
    public static void Write(string path, ReadOnlySpan<byte> data)
    {
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, data, 0);
    }

    /// <summary>Writes text as UTF-8 without a byte-order mark, through a pooled buffer.</summary>
    public static void Write(string path, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            Write(path, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
