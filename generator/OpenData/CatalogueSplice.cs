using System.Text.Json;

namespace SkillCert.Generator.OpenData;

/// <summary>
/// data/catalogue.json and data/catalogue.csv made from the last build's bytes: an institution's record (its JSON twin)
/// or CSV row is copied from the published file when its inputs are unchanged, and only the others are made. A cold
/// build finds nothing to copy and makes every one, so both give the same bytes. Justified by incremental.sh: made
/// whole, the two files cost a rebuild 0.3–1.3 s after any edit.
/// </summary>
public static class CatalogueSplice
{
    /// <summary>
    /// The document with <paramref name="head"/>'s fields and, in order, each institution's record, copied or made. Where
    /// the records are in <paramref name="published"/> is read from it, unless <paramref name="known"/> says so (as
    /// <paramref name="written"/> was filled when it was made) and each of its records starts where that says.
    /// </summary>
    public static byte[] Json(CatalogueDocument head, IReadOnlyList<string> seqs, Func<int, bool> unchanged, byte[]? published,
        Func<int, InstitutionRecord> record, IReadOnlyDictionary<string, (int Start, int Length)>? known = null,
        Dictionary<string, (int Start, int Length)>? written = null)
    {
        // Reading the records' places from the published file cost a rebuild 0.15–0.25 s for 10,000 institutions (incremental.sh).
        var old = published is null ? new Dictionary<string, (int Start, int Length)>()
            : known is not null && Holds(published, known) ? known : JsonRecords(published);
        var empty = OpenDataJson.Serialize(head with { Institutions = [] });
        // The records are the last member: `…,"institutions":[]}`, and they go between the brackets.
        if (!empty.AsSpan().EndsWith("[]}"u8)) throw new InvalidOperationException("the catalogue's records are not its last member");
        using var output = new MemoryStream(published?.Length + 4096 ?? empty.Length + seqs.Count * 1400);
        output.Write(empty, 0, empty.Length - 2);
        for (var n = 0; n < seqs.Count; n++)
        {
            if (n > 0) output.WriteByte((byte)',');
            var start = (int)output.Position;
            if (unchanged(n) && old.TryGetValue(seqs[n], out var range)) output.Write(published!, range.Start, range.Length);
            else output.Write(OpenDataJson.Serialize(record(n)));
            written?.TryAdd(seqs[n], (start, (int)output.Position - start));
        }
        output.Write("]}"u8);
        return output.ToArray();
    }

    /// <summary>
    /// The CSV with each institution's row, copied or made. <paramref name="write"/> makes the whole file (byte-order
    /// mark, header, rows) for the institutions it is given, in order. Where the rows are in <paramref name="published"/>
    /// is read from it, unless <paramref name="known"/> says so (as <paramref name="written"/> was filled when it was made)
    /// and each of its rows starts with its seq (incremental.sh: scanning 10,000 rows cost a rebuild 30–60 ms).
    /// </summary>
    public static byte[] Csv(IReadOnlyList<string> seqs, Func<int, bool> unchanged, byte[]? published, Func<IReadOnlyList<int>, byte[]> write,
        IReadOnlyDictionary<string, (int Start, int Length)>? known = null, Dictionary<string, (int Start, int Length)>? written = null)
    {
        var old = published is null ? new Dictionary<string, (int Start, int Length)>()
            : known is not null && HoldsRows(published, known) ? known : CsvRecords(published);
        var made = Enumerable.Range(0, seqs.Count).Where(n => !(unchanged(n) && old.ContainsKey(seqs[n]))).ToArray();
        var fresh = write(made);
        var freshRows = CsvRows(fresh).ToArray();
        if (freshRows.Length != made.Length + 1) throw new InvalidOperationException("the CSV writer did not write one row per institution");
        using var output = new MemoryStream(published?.Length + 4096 ?? fresh.Length);
        output.Write(fresh, freshRows[0].Start, freshRows[0].Length);
        var next = 0;
        for (var n = 0; n < seqs.Count; n++)
        {
            var (bytes, range) = next < made.Length && made[next] == n ? (fresh, freshRows[1 + next++]) : (published!, old[seqs[n]]);
            written?.TryAdd(seqs[n], ((int)output.Position, range.Length));
            output.Write(bytes, range.Start, range.Length);
        }
        return output.ToArray();
    }

    /// <summary>Where each row of a published catalogue.csv is, by the seq in its first field; the header is not one.</summary>
    private static Dictionary<string, (int Start, int Length)> CsvRecords(byte[] published)
    {
        var old = new Dictionary<string, (int Start, int Length)>(StringComparer.Ordinal);
        foreach (var row in CsvRows(published).Skip(1))
        {
            var comma = published.AsSpan(row.Start, row.Length).IndexOf((byte)',');
            if (comma > 0) old.TryAdd(System.Text.Encoding.UTF8.GetString(published, row.Start, comma), row);
        }
        return old;
    }

    /// <summary>Whether each of the <paramref name="rows"/> lies in <paramref name="data"/>, starts with its own seq and a comma, and ends a line.</summary>
    private static bool HoldsRows(byte[] data, IReadOnlyDictionary<string, (int Start, int Length)> rows)
    {
        Span<byte> prefix = stackalloc byte[64];
        foreach (var (seq, (start, length)) in rows)
        {
            if (start < 0 || length < 2 || (long)start + length > data.Length || data[start + length - 1] != (byte)'\n' || seq.Length + 1 > prefix.Length / 4)
                return false;
            var bytes = System.Text.Encoding.UTF8.GetBytes(seq + ",", prefix);
            if (!data.AsSpan(start).StartsWith(prefix[..bytes])) return false;
        }
        return true;
    }

    /// <summary>Whether each of the <paramref name="records"/> lies in <paramref name="data"/> and starts with its own seq.</summary>
    private static bool Holds(byte[] data, IReadOnlyDictionary<string, (int Start, int Length)> records)
    {
        Span<byte> prefix = stackalloc byte[64];
        foreach (var (seq, (start, length)) in records)
        {
            if (start < 0 || length < 2 || (long)start + length > data.Length || data[start + length - 1] != (byte)'}') return false;
            var head = "{\"seq\":\"" + seq + "\"";
            if (head.Length > prefix.Length) return false;
            var bytes = System.Text.Encoding.UTF8.GetBytes(head, prefix);
            if (!data.AsSpan(start).StartsWith(prefix[..bytes])) return false;
        }
        return true;
    }

    /// <summary>Where each record of a published catalogue.json is, by seq; empty when the file cannot be read as one.</summary>
    private static Dictionary<string, (int Start, int Length)> JsonRecords(byte[] data)
    {
        var found = new Dictionary<string, (int Start, int Length)>(StringComparer.Ordinal);
        try
        {
            var reader = new Utf8JsonReader(data);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return found;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var institutions = reader.ValueTextEquals("institutions"u8);
                reader.Read();
                if (!institutions || reader.TokenType != JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    var start = (int)reader.TokenStartIndex;
                    var probe = reader;
                    probe.Read();
                    var seq = probe.TokenType == JsonTokenType.PropertyName && probe.ValueTextEquals("seq"u8) && probe.Read()
                        && probe.TokenType == JsonTokenType.String ? probe.GetString() : null;
                    reader.Skip();
                    if (seq is not null) found.TryAdd(seq, (start, (int)reader.BytesConsumed - start));
                }
                return found;
            }
        }
        catch (JsonException)
        {
            found.Clear();
        }
        return found;
    }

    /// <summary>Each row with its CRLF, the header first; a quoted field may hold line breaks, which end no row.</summary>
    private static IEnumerable<(int Start, int Length)> CsvRows(byte[] data)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < data.Length; i++)
        {
            var b = data[i];
            if (b == (byte)'"') quoted = !quoted;
            else if (b == (byte)'\n' && !quoted)
            {
                yield return (start, i + 1 - start);
                start = i + 1;
            }
        }
        if (start < data.Length) yield return (start, data.Length - start);
    }
}
