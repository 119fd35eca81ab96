using System.Text;
using SkillCert.Core.Institutions;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Content;

/// <summary>
/// The parse cache on disk, in a binary form written and read field by field: every rebuild reads the whole of it and
/// an edit writes it again, and as JSON its 10 MB for 10,000 institutions took some 0.35–0.65 s to read and as long to
/// write (incremental.sh). A field added to <see cref="SkillCert.Core.Institutions.Institution"/> must be added here too; ParsedInstitutionsTests
/// checks that an institution with every field set comes back equal.
/// </summary>
public static class ParsedInstitutionsFormat
{
    private const string Magic = "skillcert-parse-cache";
    private const int Format = 1;

    public static void Write(Stream stream, ParsedInstitutionsFile file)
    {
        using var writer = new BinaryWriter(new BufferedStream(stream, 1 << 16), Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Format);
        writer.Write(file.Generator);
        writer.Write(file.Occupations);
        writer.Write(file.ReadAtTicks);
        writer.Write(file.Institutions.Count);
        foreach (var loaded in file.Institutions)
        {
            writer.Write(loaded.File);
            writer.Write(loaded.ContentHash);
            Spot(writer, loaded.SeqSpot);
            Spot(writer, loaded.CreditCodeSpot);
            Spot(writer, loaded.ValiditySpot);
            var stamp = file.Stamps?.GetValueOrDefault(loaded.File);
            writer.Write(stamp is not null);
            if (stamp is not null)
            {
                writer.Write(stamp.Length);
                writer.Write(stamp.WrittenTicks);
            }
            Institution(writer, loaded.Institution);
        }
    }

    /// <summary>The file in the stream; throws <see cref="InvalidDataException"/> or <see cref="EndOfStreamException"/> on anything else.</summary>
    public static ParsedInstitutionsFile Read(Stream stream)
    {
        using var reader = new BinaryReader(new BufferedStream(stream, 1 << 16), Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Format) throw new InvalidDataException("not a parse cache of this format");
        var generator = reader.ReadString();
        var occupations = reader.ReadString();
        var readAt = reader.ReadInt64();
        var institutions = new LoadedInstitution[reader.ReadInt32()];
        var stamps = new Dictionary<string, FileStamp>(institutions.Length, StringComparer.Ordinal);
        for (var i = 0; i < institutions.Length; i++)
        {
            var file = reader.ReadString();
            var hash = reader.ReadString();
            var seq = Spot(reader);
            var creditCode = Spot(reader);
            var validity = Spot(reader);
            if (reader.ReadBoolean()) stamps[file] = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
            institutions[i] = new LoadedInstitution(Institution(reader), file, seq, creditCode, validity, hash);
        }
        return new ParsedInstitutionsFile(generator, occupations, institutions, readAt, stamps);
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

    private static Institution Institution(BinaryReader reader) => new()
    {
        Seq = reader.ReadString(),
        Category = reader.ReadChar(),
        Route = reader.ReadString(),
        Name = reader.ReadString(),
        CreditCode = reader.ReadString(),
        County = reader.ReadString(),
        Address = Text(reader),
        LegalRepresentative = Text(reader),
        Industry = Text(reader),
        Size = Text(reader),
        Ownership = Text(reader),
        Contact = reader.ReadBoolean() ? new Contact(Text(reader), Text(reader), Text(reader)) : null,
        FiledOn = DateOnly.FromDayNumber(reader.ReadInt32()),
        ValidUntil = Day(reader),
        Occupations = Scope(reader),
        Events = Events(reader),
    };

    private static FilingEvent[] Events(BinaryReader reader)
    {
        var events = new FilingEvent[reader.ReadInt32()];
        for (var i = 0; i < events.Length; i++)
        {
            var on = DateOnly.FromDayNumber(reader.ReadInt32());
            var type = (FilingEventType)reader.ReadInt32();
            if (!Enum.IsDefined(type)) throw new InvalidDataException("unknown event type");
            events[i] = new FilingEvent(on, type, Day(reader), Text(reader), reader.ReadBoolean() ? Scope(reader) : null, Text(reader));
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

    private static ScopeEntry[] Scope(BinaryReader reader)
    {
        var scope = new ScopeEntry[reader.ReadInt32()];
        for (var i = 0; i < scope.Length; i++)
        {
            var code = reader.ReadString();
            var trade = Text(reader);
            var levels = new int[reader.ReadInt32()];
            for (var l = 0; l < levels.Length; l++) levels[l] = reader.ReadInt32();
            scope[i] = new ScopeEntry(code, trade, levels);
        }
        return scope;
    }

    private static void Spot(BinaryWriter writer, SourceSpot spot)
    {
        writer.Write(spot.File);
        writer.Write(spot.Line);
        writer.Write(spot.Column);
    }

    private static SourceSpot Spot(BinaryReader reader) => new(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());

    private static void Text(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null) writer.Write(text);
    }

    private static string? Text(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void Day(BinaryWriter writer, DateOnly? day) => writer.Write(day?.DayNumber ?? -1);

    private static DateOnly? Day(BinaryReader reader) => reader.ReadInt32() is var n and >= 0 ? DateOnly.FromDayNumber(n) : null;
}
