using System.Text;

namespace SkillCert.Generator.Site.Memo;

/// <summary>
/// What a build's plan learned that the next build of the same site reuses instead of making again: each institution's
/// fingerprints (<see cref="InstitutionPrints"/>), the keys and paths of the sections made whole (<see cref="PlanSection"/>),
/// and where each record is in the published data/catalogue.json and data/catalogue.csv (<see cref="SplicePlaces"/>). It is kept in the build cache, beside the fingerprints
/// of the files it describes, so that the two never disagree. incremental.sh: making all of this again cost every rebuild
/// 0.5–0.8 s of CPU for 10,000 institutions.
/// </summary>
public sealed class PlanMemo
{
    private readonly Dictionary<string, InstitutionPrints> _institutions;
    private readonly Dictionary<string, PlanSection> _sections;
    private readonly Dictionary<string, SplicePlaces> _places;

    private PlanMemo(Dictionary<string, InstitutionPrints> institutions, Dictionary<string, PlanSection> sections, Dictionary<string, SplicePlaces> places)
    {
        _institutions = institutions;
        _sections = sections;
        _places = places;
    }

    public PlanMemo() : this(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal))
    {
    }

    /// <summary>Where the records are in the last build's catalogue-wide file at <paramref name="sitePath"/>, or null when it did not say.</summary>
    public SplicePlaces? Places(string sitePath) => _places.GetValueOrDefault(sitePath);

    /// <summary>How many institutions the memo knows: the catalogue of the build that made it.</summary>
    public int Count => _institutions.Count;

    /// <summary>The institution's prints of the last build; null when it had none.</summary>
    public InstitutionPrints? Last(string seq) => _institutions.GetValueOrDefault(seq);

    /// <summary>The paths of the last build's section <paramref name="name"/> when it was made of the same <paramref name="key"/>.</summary>
    public PlanSection? Section(string name, string key) =>
        _sections.TryGetValue(name, out var section) && section.Key == key ? section : null;

    public void Keep(string seq, InstitutionPrints prints)
    {
        lock (_institutions) _institutions[seq] = prints;
    }

    public void Keep(string name, PlanSection section)
    {
        lock (_sections) _sections[name] = section;
    }

    /// <summary>Remembers the section <paramref name="name"/> laid out by <paramref name="key"/> as the files of <paramref name="outputs"/>.</summary>
    public void Keep(string name, string key, IEnumerable<Build.PlannedOutput> outputs) =>
        Keep(name, new PlanSection(key, outputs.Select(o => (o.Path, o.IsHtml)).ToArray()));

    /// <summary>Remembers where the records are in the catalogue-wide file at <paramref name="sitePath"/> of fingerprint <paramref name="fingerprint"/>.</summary>
    public void KeepPlaces(string sitePath, string fingerprint, IReadOnlyDictionary<string, (int Start, int Length)> records)
    {
        lock (_places) _places[sitePath] = new SplicePlaces(fingerprint, records);
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream(_institutions.Count * 150 + 64 * 1024);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(_institutions.Count);
            foreach (var (seq, p) in _institutions)
            {
                writer.Write(seq);
                writer.Write(p.Inputs);
                writer.Write(p.Card);
                writer.Write(p.Terms);
                writer.Write(p.Events);
            }
            writer.Write(_sections.Count);
            foreach (var (name, section) in _sections)
            {
                writer.Write(name);
                writer.Write(section.Key);
                writer.Write(section.Paths.Count);
                foreach (var (path, html) in section.Paths)
                {
                    writer.Write(path);
                    writer.Write(html);
                }
            }
            writer.Write(_places.Count);
            foreach (var (path, places) in _places)
            {
                writer.Write(path);
                writer.Write(places.Fingerprint);
                writer.Write(places.Records.Count);
                foreach (var (seq, (start, length)) in places.Records)
                {
                    writer.Write(seq);
                    writer.Write(start);
                    writer.Write(length);
                }
            }
        }
        return stream.ToArray();
    }

    /// <summary>The memo in <paramref name="data"/>; a memo that cannot be read is an empty one, and the plan is made whole.</summary>
    public static PlanMemo Read(ReadOnlyMemory<byte> data)
    {
        if (data.IsEmpty) return new PlanMemo();
        try
        {
            using var reader = new BinaryReader(new MemoryStream(data.ToArray(), writable: false), Encoding.UTF8);
            var count = reader.ReadInt32();
            var institutions = new Dictionary<string, InstitutionPrints>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
                institutions[reader.ReadString()] = new InstitutionPrints(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString());
            var sections = new Dictionary<string, PlanSection>(StringComparer.Ordinal);
            for (var s = reader.ReadInt32(); s > 0; s--)
            {
                var name = reader.ReadString();
                var key = reader.ReadString();
                var paths = new (string Path, bool Html)[reader.ReadInt32()];
                for (var i = 0; i < paths.Length; i++) paths[i] = (reader.ReadString(), reader.ReadBoolean());
                sections[name] = new PlanSection(key, paths);
            }
            var places = new Dictionary<string, SplicePlaces>(StringComparer.Ordinal);
            for (var p = reader.ReadInt32(); p > 0; p--)
            {
                var path = reader.ReadString();
                var fingerprint = reader.ReadString();
                var recordCount = reader.ReadInt32();
                var records = new Dictionary<string, (int Start, int Length)>(Math.Max(0, recordCount), StringComparer.Ordinal);
                for (var n = 0; n < recordCount; n++) records[reader.ReadString()] = (reader.ReadInt32(), reader.ReadInt32());
                places[path] = new SplicePlaces(fingerprint, records);
            }
            return new PlanMemo(institutions, sections, places);
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or OverflowException)
        {
            return new PlanMemo();
        }
    }
}
