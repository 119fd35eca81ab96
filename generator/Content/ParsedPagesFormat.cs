using System.Text;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Content;

/// <summary>
/// The page cache on disk, written with a <see cref="BinaryWriter"/> and read back through <see cref="StoredFields"/>:
/// each page's file and stamp, then the page as <see cref="PageReader"/> made it, its Markdown already HTML.
/// </summary>
public static class ParsedPagesFormat
{
    private const string Magic = "skillcert-page-cache";
    private const int Format = 1;

    public static void Write(Stream stream, ParsedPagesFile file)
    {
        using var writer = new BinaryWriter(new BufferedStream(stream, 1 << 16), Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Format);
        writer.Write(file.Generator);
        writer.Write(file.ReadAtTicks);
        writer.Write(file.Pages.Count);
        foreach (var (path, (stamp, page)) in file.Pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(path);
            writer.Write(stamp.Length);
            writer.Write(stamp.WrittenTicks);
            writer.Write(page.File);
            writer.Write(page.Slug);
            writer.Write(page.Title);
            writer.Write(page.Date?.DayNumber ?? -1);
            writer.Write(page.Order);
            writer.Write(page.Summary is not null);
            if (page.Summary is not null) writer.Write(page.Summary);
            writer.Write(page.Html.Html);
            writer.Write(page.SlugSpot.File);
            writer.Write(page.SlugSpot.Line);
            writer.Write(page.SlugSpot.Column);
        }
    }

    /// <summary>
    /// The file in <paramref name="data"/>. Throws <see cref="InvalidDataException"/>, <see cref="EndOfStreamException"/> or
    /// <see cref="FormatException"/> on anything but a whole page cache of this format.
    /// </summary>
    public static ParsedPagesFile Read(ReadOnlySpan<byte> data)
    {
        var reader = new StoredFields(data);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Format) throw new InvalidDataException("not a page cache of this format");
        var generator = reader.ReadString();
        var readAt = reader.ReadInt64();
        var count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException("a negative count of pages");
        var pages = new Dictionary<string, ParsedPage>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var path = reader.ReadString();
            var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
            var page = new LoadedPage(reader.ReadString(), reader.ReadString(), reader.ReadString(),
                reader.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null, reader.ReadInt32(),
                reader.ReadBoolean() ? reader.ReadString() : null, new RawHtml(reader.ReadString()),
                new SourceSpot(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32()));
            pages[path] = new ParsedPage(stamp, page);
        }
        if (!reader.AtEnd) throw new InvalidDataException("bytes after the last page");
        return new ParsedPagesFile(generator, readAt, pages);
    }
}
