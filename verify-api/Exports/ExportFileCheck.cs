using System.Buffers.Binary;
using SkillCert.Core.Diagnostics;

namespace SkillCert.VerifyApi.Exports;

/// <summary>
/// Looks at a candidate file's SQLite header before SQLite opens it, so that a missing, empty, foreign or
/// truncated file is refused with a plain reason instead of an SQLite error code.
/// </summary>
public static class ExportFileCheck
{
    private const int HeaderLength = 100;
    private static readonly byte[] Magic = "SQLite format 3\0"u8.ToArray();

    /// <summary>Null when the file looks like a complete SQLite database; otherwise why it does not.</summary>
    public static Diagnostic? Problem(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        if (!File.Exists(path)) return RefusalReasons.Missing(name);
        Span<byte> header = stackalloc byte[HeaderLength];
        long length;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            length = file.Length;
            if (length == 0) return RefusalReasons.Empty(name);
            if (file.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false) < HeaderLength)
                return RefusalReasons.TooShort(name, length);
        }
        if (!header[..Magic.Length].SequenceEqual(Magic)) return RefusalReasons.NotDatabase(name);

        // The header's page count is only trustworthy when its "version valid for" matches the change counter.
        var pageSize = BinaryPrimitives.ReadUInt16BigEndian(header[16..]) is var p && p == 1 ? 65536 : p;
        var pages = BinaryPrimitives.ReadUInt32BigEndian(header[28..]);
        var counterMatches = header.Slice(24, 4).SequenceEqual(header.Slice(92, 4));
        if (counterMatches && pageSize >= 512 && (long)pageSize * pages > length)
            return RefusalReasons.Truncated(name, length, (long)pageSize * pages);
        return null;
    }
}
