using System.Data.Common;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using SkillCert.Core.Batches;
using SkillCert.Core.Rosters;

namespace SkillCert.Core.Exports;

/// <summary>
/// The <c>batches</c> and <c>batch_counts</c> tables (since schema version 3), written and read in this one place: a
/// column added to them changes <see cref="ExportSchema.CreateStatements"/>, <see cref="ExportBatchInserter"/> and <see cref="Read"/>.
/// Readers of an older export get no batches: it did not record the process.
/// </summary>
public static class ExportBatchTable
{
    /// <summary>The first schema version with the batch tables.</summary>
    public const int FirstVersion = 3;

    /// <summary>Values of <c>batches.review_outcome</c>.</summary>
    public static class ReviewOutcomes
    {
        public const string Passed = "passed";
        public const string SentBack = "sent-back";
    }

    /// <summary>Values of the <c>outcome</c> of each objection in <c>batches.objections</c>; null while it is looked into.</summary>
    public static class ObjectionOutcomes
    {
        public const string Upheld = "upheld";
        public const string Rejected = "rejected";
    }

    internal const string BatchColumns =
        "institution, batch, state, evaluated_on, applicants, evaluated, passed, submitted_on, review_on, review_by, review_outcome, " +
        "review_reason, publicity_from, publicity_to, publicity_place, objections, issued_on, certificates";

    internal const string CountColumns = "institution, batch, occupation_code, occupation_name, trade, level, publicised, issued";

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the batches and their counts in key order, inside <paramref name="transaction"/> when the caller began one.</summary>
    public static void Insert(DbConnection connection, IEnumerable<BatchRecord> batches, DbTransaction? transaction = null)
    {
        using var inserter = new ExportBatchInserter(connection, transaction);
        inserter.Add(batches);
    }

    /// <summary>
    /// Every batch of an export of <paramref name="version"/>, in institution and batch order, with its counts when
    /// <paramref name="withCounts"/>; none for an export before version 3.
    /// </summary>
    public static List<BatchRecord> Read(DbConnection connection, int version, bool withCounts = true)
    {
        if (version < FirstVersion) return [];
        var counts = new Dictionary<(string, string), List<BatchCount>>();
        if (withCounts)
        {
            using var command = ExportBatchInserter.Command(connection, null, $"SELECT {CountColumns} FROM batch_counts ORDER BY institution, batch, occupation_code, trade, level", 0);
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                var key = (rows.GetString(0), rows.GetString(1));
                if (!counts.TryGetValue(key, out var list)) counts[key] = list = [];
                list.Add(new BatchCount(rows.GetString(2), rows.GetString(3), rows.GetString(4) is { Length: > 0 } trade ? trade : null,
                    rows.GetInt32(5), rows.GetInt32(6), rows.GetInt32(7)));
            }
        }
        var batches = new List<BatchRecord>();
        using (var command = ExportBatchInserter.Command(connection, null, $"SELECT {BatchColumns} FROM batches ORDER BY institution, batch", 0))
        using (var rows = command.ExecuteReader())
        {
            while (rows.Read())
            {
                var key = (rows.GetString(0), rows.GetString(1));
                batches.Add(ReadBatch(rows, counts.GetValueOrDefault(key) ?? []));
            }
        }
        return batches;
    }

    private static BatchRecord ReadBatch(DbDataReader r, IReadOnlyList<BatchCount> counts)
    {
        var review = r.IsDBNull(8) ? null
            : new BatchReview(Date(r, 8)!.Value, Text(r, 9) ?? "", Text(r, 10) == ReviewOutcomes.SentBack ? ReviewOutcome.SentBack : ReviewOutcome.Passed, Text(r, 11));
        var publicity = r.IsDBNull(12) ? null : new BatchPublicity(Date(r, 12)!.Value, Date(r, 13)!.Value, Text(r, 14) ?? "");
        var lifecycle = new BatchLifecycle(Date(r, 7), review, publicity, Objections(r.GetString(15)), Date(r, 16));
        var totals = new BatchTotals(Date(r, 3), Number(r, 4), Number(r, 5), Number(r, 6));
        var state = BatchStateNames.FromSlug(r.GetString(2))
            ?? throw new FormatException($"batch {r.GetString(0)}/{r.GetString(1)} has the unknown state \"{r.GetString(2)}\"");
        return new BatchRecord(r.GetString(0), r.GetString(1), totals, lifecycle, state, r.GetInt32(17), counts);
    }

    /// <summary>The objections as the <c>objections</c> column holds them: a JSON array of <c>{on, summary, outcome, rows}</c>.</summary>
    public static string ObjectionsJson(IReadOnlyList<BatchObjection> objections)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartArray();
            foreach (var o in objections)
            {
                json.WriteStartObject();
                json.WriteString("on", RosterDate.Write(o.On));
                json.WriteString("summary", o.Summary);
                if (o.Outcome is { } outcome) json.WriteString("outcome", outcome == ObjectionOutcome.Upheld ? ObjectionOutcomes.Upheld : ObjectionOutcomes.Rejected);
                else json.WriteNull("outcome");
                json.WriteNumber("rows", o.Rows);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static List<BatchObjection> Objections(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(o => new BatchObjection(
            DateOnly.ParseExact(o.GetProperty("on").GetString()!, RosterDate.Format, CultureInfo.InvariantCulture),
            o.GetProperty("summary").GetString() ?? "",
            o.GetProperty("outcome").GetString() switch
            {
                ObjectionOutcomes.Upheld => ObjectionOutcome.Upheld,
                ObjectionOutcomes.Rejected => ObjectionOutcome.Rejected,
                _ => null,
            },
            o.GetProperty("rows").GetInt32())).ToList();
    }

    private static DateOnly? Date(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), RosterDate.Format, CultureInfo.InvariantCulture);

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static int? Number(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
}
