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
        // The output is sized once and each record copied into it, not grown in a stream and copied out again
        // (incremental.sh: a stream's buffer and its copy, two 13.7 MB arrays, fewer a rebuild).
        var copied = new (int Start, int Length)[seqs.Count];
        var made = new byte[]?[seqs.Count];
        var size = (long)empty.Length + Math.Max(seqs.Count - 1, 0);
        for (var n = 0; n < seqs.Count; n++)
        {
            if (unchanged(n) && old.TryGetValue(seqs[n], out var range)) copied[n] = range;
            else copied[n] = (0, (made[n] = OpenDataJson.Serialize(record(n))).Length);
            size += copied[n].Length;
        }
        var output = GC.AllocateUninitializedArray<byte>(checked((int)size));
        var at = empty.Length - 2;
        empty.AsSpan(0, at).CopyTo(output);
        for (var n = 0; n < seqs.Count; n++)
        {
            if (n > 0) output[at++] = (byte)',';
            (made[n] is { } fresh ? fresh : published.AsSpan(copied[n].Start, copied[n].Length)).CopyTo(output.AsSpan(at));
            written?.TryAdd(seqs[n], (at, copied[n].Length));
            at += copied[n].Length;
        }
        "]}"u8.CopyTo(output.AsSpan(at));
        return output;
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
        var copied = new (int Start, int Length)[seqs.Count];
        var made = new List<int>();
        for (var n = 0; n < seqs.Count; n++)
        {
            if (!unchanged(n) || !old.TryGetValue(seqs[n], out copied[n])) made.Add(n);
        }
        var fresh = write(made);
        var freshRows = CsvRows(fresh);
        if (freshRows.Count != made.Count + 1) throw new InvalidOperationException("the CSV writer did not write one row per institution");
        var size = (long)freshRows[0].Length;
        for (var i = 0; i < made.Count; i++) copied[made[i]] = freshRows[1 + i];
        foreach (var row in copied) size += row.Length;
        // Sized once, as catalogue.json (incremental.sh).
        var output = GC.AllocateUninitializedArray<byte>(checked((int)size));
        fresh.AsSpan(freshRows[0].Start, freshRows[0].Length).CopyTo(output);
        var at = freshRows[0].Length;
        var next = 0;
        for (var n = 0; n < seqs.Count; n++)
        {
            var isFresh = next < made.Count && made[next] == n;
            if (isFresh) next++;
            (isFresh ? fresh : published!).AsSpan(copied[n].Start, copied[n].Length).CopyTo(output.AsSpan(at));
            written?.TryAdd(seqs[n], (at, copied[n].Length));
            at += copied[n].Length;
        }
        return output;
    }

    /// <summary>Where each row of a published catalogue.csv is, by the seq in its first field; the header is not one.</summary>
    private static Dictionary<string, (int Start, int Length)> CsvRecords(byte[] published)
    {
        var old = new Dictionary<string, (int Start, int Length)>(StringComparer.Ordinal);
        var rows = CsvRows(published);
        for (var i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
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
            // `{"seq":"…"`, laid out without a string per record.
            if (seq.Length * 3 + 9 > prefix.Length) return false;
            "{\"seq\":\""u8.CopyTo(prefix);
            var bytes = 8 + System.Text.Encoding.UTF8.GetBytes(seq, prefix[8..]);
            prefix[bytes++] = (byte)'"';
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
    private static List<(int Start, int Length)> CsvRows(byte[] data)
    {
        var rows = new List<(int Start, int Length)>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < data.Length; i++)
        {
            var b = data[i];
            if (b == (byte)'"') quoted = !quoted;
            else if (b == (byte)'\n' && !quoted)
            {
                rows.Add((start, i + 1 - start));
                start = i + 1;
            }
        }
        if (start < data.Length) rows.Add((start, data.Length - start));
        return rows;
    }
}
