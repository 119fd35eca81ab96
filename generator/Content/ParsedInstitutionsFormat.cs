using System.Text;
using SkillCert.Core.Institutions;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Content;

/// <summary>
/// The parse cache on disk, in a binary form written and read field by field: every rebuild reads the whole of it, and
/// as JSON its 10 MB for 10,000 institutions took some 0.35–0.65 s to read and as long to write (incremental.sh). A
/// field added to <see cref="SkillCert.Core.Institutions.Institution"/> must be added here too; ParsedInstitutionsTests
/// checks that an institution with every field set comes back equal.
/// <para>
/// After the whole cache come the segments that later loads appended, each with the records of the files that load read
/// anew; a later record of a file replaces an earlier one (incremental.sh: writing the whole 10 MB again for one edited
/// file cost a rebuild 50 ms). A stamp is trusted only when its file had been last written well before the load that
/// recorded it began (<see cref="FileStamp.Settled"/>), so each segment carries its own load's time.
/// </para>
/// </summary>
public static class ParsedInstitutionsFormat
{
    private const string Magic = "skillcert-parse-cache";
    // 3: a spot in the record's own file is written without the file's path (incremental.sh: the path was stored four times
    // a record, 40,000 strings read back by every rebuild).
    private const int Format = 3;

    // Around each appended segment, so that a segment cut short by a crash makes the whole cache unreadable, never half read.
    private const int SegmentStart = 0x53454731;
    private const int SegmentEnd = 0x53454732;

    public static void Write(Stream stream, ParsedInstitutionsFile file)
    {
        using var writer = new BinaryWriter(new BufferedStream(stream, 1 << 16), Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Format);
        writer.Write(file.Generator);
        writer.Write(file.Occupations);
        writer.Write(file.ReadAtTicks);
        Records(writer, file.Institutions.Values.OrderBy(i => i.File, StringComparer.Ordinal).ToArray(), file.Stamps);
    }

    /// <summary>Appends a segment with the records of <paramref name="institutions"/>, read by the load that began at <paramref name="readAtTicks"/>.</summary>
    public static void Append(Stream stream, long readAtTicks, IReadOnlyList<LoadedInstitution> institutions, IReadOnlyDictionary<string, FileStamp> stamps)
    {
        using var writer = new BinaryWriter(new BufferedStream(stream, 1 << 16), Encoding.UTF8);
        writer.Write(SegmentStart);
        writer.Write(readAtTicks);
        Records(writer, institutions, stamps);
        writer.Write(SegmentEnd);
    }

    /// <summary>
    /// The file in <paramref name="data"/>, its segments applied in order, with only the stamps that can be trusted; its
    /// <see cref="ParsedInstitutionsFile.Appended"/> counts the records appended after the whole cache. Throws
    /// <see cref="InvalidDataException"/> or <see cref="EndOfStreamException"/> on anything else.
    /// </summary>
    public static ParsedInstitutionsFile Read(ReadOnlySpan<byte> data)
    {
        var reader = new StoredFields(data);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Format) throw new InvalidDataException("not a parse cache of this format");
        var generator = reader.ReadString();
        var occupations = reader.ReadString();
        var readAt = reader.ReadInt64();
        var institutions = new Dictionary<string, LoadedInstitution>(StringComparer.Ordinal);
        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        Records(ref reader, readAt, institutions, stamps);
        var appended = 0;
        while (!reader.AtEnd)
        {
            if (reader.ReadInt32() != SegmentStart) throw new InvalidDataException("not a segment of the parse cache");
            readAt = reader.ReadInt64();
            appended += Records(ref reader, readAt, institutions, stamps);
            if (reader.ReadInt32() != SegmentEnd) throw new InvalidDataException("a segment of the parse cache cut short");
        }
        return new ParsedInstitutionsFile(generator, occupations, institutions, readAt, stamps, appended);
    }

    private static void Records(BinaryWriter writer, IReadOnlyList<LoadedInstitution> institutions, IReadOnlyDictionary<string, FileStamp>? stamps)
    {
        writer.Write(institutions.Count);
        foreach (var loaded in institutions)
        {
            writer.Write(loaded.File);
            writer.Write(loaded.ContentHash);
            Spot(writer, loaded.SeqSpot, loaded.File);
            Spot(writer, loaded.CreditCodeSpot, loaded.File);
            Spot(writer, loaded.ValiditySpot, loaded.File);
            var stamp = stamps?.GetValueOrDefault(loaded.File);
            writer.Write(stamp is not null);
            if (stamp is not null)
            {
                writer.Write(stamp.Length);
                writer.Write(stamp.WrittenTicks);
            }
            Institution(writer, loaded.Institution);
        }
    }

    // A record replaces the file's earlier one, and its stamp the earlier stamp, or removes it when it cannot be trusted.
    private static int Records(ref StoredFields reader, long readAt, Dictionary<string, LoadedInstitution> institutions, Dictionary<string, FileStamp> stamps)
    {
        var count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException("a negative count of records");
        // Sized at once for the whole cache, the first count (a trace of an address edit: 10,000 records grew the tables
        // some 12 times, a third of the read's time once the fields were read through StoredFields; incremental.sh).
        institutions.EnsureCapacity(count);
        stamps.EnsureCapacity(count);
        for (var i = 0; i < count; i++)
        {
            var file = reader.ReadString();
            var hash = reader.ReadString();
            var seq = Spot(ref reader, file);
            var creditCode = Spot(ref reader, file);
            var validity = Spot(ref reader, file);
            var stamp = reader.ReadBoolean() ? new FileStamp(reader.ReadInt64(), reader.ReadInt64()) : null;
            if (stamp is not null && stamp.SettledBy(readAt)) stamps[file] = stamp;
            else stamps.Remove(file);
            institutions[file] = new LoadedInstitution(Institution(ref reader), file, seq, creditCode, validity, hash);
        }
        return count;
    }

    private static void Institution(BinaryWriter writer, Institution i)
    {
        writer.Write(i.Seq);
        writer.Write(i.Category);
        writer.Write(i.Route);
        writer.Write(i.Name);
        writer.Write(i.CreditCode);
        writer.Write(i.County);
        Text(writer, i.Address);
        Text(writer, i.LegalRepresentative);
        Text(writer, i.Industry);
        Text(writer, i.Size);
        Text(writer, i.Ownership);
        writer.Write(i.Contact is not null);
        if (i.Contact is { } contact)
        {
            Text(writer, contact.Name);
            Text(writer, contact.Phone);
            Text(writer, contact.Email);
        }
        writer.Write(i.FiledOn.DayNumber);
        Day(writer, i.ValidUntil);
        Scope(writer, i.Occupations);
        writer.Write(i.Events.Count);
        foreach (var e in i.Events)
        {
            writer.Write(e.On.DayNumber);
            writer.Write((int)e.Type);
            Day(writer, e.ValidUntil);
            Text(writer, e.Note);
            writer.Write(e.Occupations is not null);
            if (e.Occupations is { } scope) Scope(writer, scope);
            Text(writer, e.Name);
        }
    }

    private static Institution Institution(ref StoredFields reader) => new()
    {
        Seq = reader.ReadString(),
        Category = reader.ReadChar(),
        Route = reader.ReadString(),
        Name = reader.ReadString(),
        CreditCode = reader.ReadString(),
        County = reader.ReadString(),
        Address = Text(ref reader),
        LegalRepresentative = Text(ref reader),
        Industry = Text(ref reader),
        Size = Text(ref reader),
        Ownership = Text(ref reader),
        Contact = reader.ReadBoolean() ? new Contact(Text(ref reader), Text(ref reader), Text(ref reader)) : null,
        FiledOn = DateOnly.FromDayNumber(reader.ReadInt32()),
        ValidUntil = Day(ref reader),
        Occupations = Scope(ref reader),
        Events = Events(ref reader),
    };

    private static FilingEvent[] Events(ref StoredFields reader)
    {
        var events = new FilingEvent[reader.ReadInt32()];
        for (var i = 0; i < events.Length; i++)
        {
            var on = DateOnly.FromDayNumber(reader.ReadInt32());
            var type = (FilingEventType)reader.ReadInt32();
            if (!Enum.IsDefined(type)) throw new InvalidDataException("unknown event type");
            events[i] = new FilingEvent(on, type, Day(ref reader), Text(ref reader), reader.ReadBoolean() ? Scope(ref reader) : null, Text(ref reader));
        }
        return events;
    }

    private static void Scope(BinaryWriter writer, IReadOnlyList<ScopeEntry> scope)
    {
        writer.Write(scope.Count);
        foreach (var s in scope)
        {
            writer.Write(s.OccupationCode);
            Text(writer, s.Trade);
            writer.Write(s.Levels.Count);
            foreach (var level in s.Levels) writer.Write(level);
        }
    }

    private static ScopeEntry[] Scope(ref StoredFields reader)
    {
        var scope = new ScopeEntry[reader.ReadInt32()];
        for (var i = 0; i < scope.Length; i++)
        {
            var code = reader.ReadString();
            var trade = Text(ref reader);
            var levels = new int[reader.ReadInt32()];
            for (var l = 0; l < levels.Length; l++) levels[l] = reader.ReadInt32();
            scope[i] = new ScopeEntry(code, trade, levels);
        }
        return scope;
    }

    private static void Spot(BinaryWriter writer, SourceSpot spot, string file)
    {
        var own = spot.File == file;
        writer.Write(own);
        if (!own) writer.Write(spot.File);
        writer.Write(spot.Line);
        writer.Write(spot.Column);
    }

    private static SourceSpot Spot(ref StoredFields reader, string file) => new(reader.ReadBoolean() ? file : reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());

    private static void Text(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null) writer.Write(text);
    }

    private static string? Text(ref StoredFields reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void Day(BinaryWriter writer, DateOnly? day) => writer.Write(day?.DayNumber ?? -1);

    private static DateOnly? Day(ref StoredFields reader) => reader.ReadInt32() is var n and >= 0 ? DateOnly.FromDayNumber(n) : null;
}
