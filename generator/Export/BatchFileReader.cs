using System.Globalization;
using SkillCert.Core.Batches;
using SkillCert.Core.Exports;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SkillCert.Generator.Export;

/// <summary>
/// Reads a batch's <c>&lt;batch&gt;.yml</c>: the 附件3 totals (evaluated_on, applicants, evaluated, passed), the lifecycle
/// (submitted_on, review, publicity, objections, issued_on) and the reissues. A value that cannot be read is an error at
/// its line and column; whether the batch may be issued is decided later, by <see cref="BatchLifecycle.StatusOn"/>.
/// </summary>
public static class BatchFileReader
{
    public const string ReissuesField = "reissues";

    private static readonly string[] Fields =
    [
        BatchTotals.EvaluatedOnField, BatchTotals.ApplicantsField, BatchTotals.EvaluatedField, BatchTotals.PassedField,
        .. BatchLifecycle.Fields.All, ReissuesField,
    ];

    /// <summary>
    /// The batch file, or null after reporting why it cannot be read. <paramref name="bytes"/> are the file's bytes when the
    /// caller has read them already (the export hashes them); without them, or when they are over the content files'
    /// limit, the file is read here, so that why it cannot be used is reported as before.
    /// </summary>
    public static BatchFile? Read(string path, string display, ReadOnlyMemory<byte>? bytes, List<ExportError> errors)
    {
        var bag = new DiagnosticBag();
        var root = bytes is { } read && read.Length <= SourceText.MaxBytes
            ? SourceText.Decode(read.Span, display, bag) is { } text ? YamlSource.Parse(text, display, bag) : null
            : YamlSource.Load(path, display, bag);
        var map = MappingReader.From(root, display, bag, new Phrase("批次文件", "the batch file"));
        BatchFile? file = null;
        if (map is not null)
        {
            map.WarnUnknownKeys(Fields);
            var totals = new BatchTotals(map.Date(BatchTotals.EvaluatedOnField), Count(map, BatchTotals.ApplicantsField),
                Count(map, BatchTotals.EvaluatedField), Count(map, BatchTotals.PassedField));
            var objections = Objections(map);
            var lifecycle = new BatchLifecycle(map.Date(BatchLifecycle.Fields.SubmittedOn), Review(map), Publicity(map),
                objections.Select(o => o.Objection).ToList(), map.Date(BatchLifecycle.Fields.IssuedOn));
            file = new BatchFile(display, totals, lifecycle, objections, Reissues(map),
                field => field.Length > 0 && map.Has(field) ? map.SpotOf(field) : SourceSpot.OfFile(display));
        }
        foreach (var d in bag.Sorted())
            errors.Add(ExportError.From(d));
        return bag.HasErrors ? null : file;
    }

    private static BatchReview? Review(MappingReader map)
    {
        if (map.Mapping(BatchLifecycle.Fields.Review) is not { } review) return null;
        review.WarnUnknownKeys(["on", "by", "outcome", "reason"]);
        var on = review.Date("on", required: true);
        var by = review.String("by", required: true);
        var outcome = review.String("outcome", required: true) switch
        {
            null => (ReviewOutcome?)null,
            "通过" => ReviewOutcome.Passed,
            "退回" => ReviewOutcome.SentBack,
            var other => Bad<ReviewOutcome>(review, "outcome", $"review 的 outcome 是“{other}”：写 通过 或 退回",
                $"the review's outcome is \"{other}\": write 通过 (passed) or 退回 (sent back)"),
        };
        var reason = review.String("reason");
        if (outcome == ReviewOutcome.SentBack && reason is null)
            review.Bag.Error(DiagnosticCodes.RequiredField, review.SpotOf("outcome"), "退回的审核要写明 reason：机构据此改正",
                "a review that sends the batch back gives its reason, so the institution can correct it");
        return on is { } day && by is not null && outcome is { } result ? new BatchReview(day, by, result, reason) : null;
    }

    private static BatchPublicity? Publicity(MappingReader map)
    {
        if (map.Mapping(BatchLifecycle.Fields.Publicity) is not { } publicity) return null;
        publicity.WarnUnknownKeys(["from", "to", "place"]);
        var from = publicity.Date("from", required: true);
        var to = publicity.Date("to", required: true);
        var place = publicity.String("place", required: true);
        if (from is { } first && to is { } last && last < first)
            publicity.Bag.Error(DiagnosticCodes.DatesOutOfOrder, publicity.SpotOf("to"),
                $"公示的结束日期 {last:yyyy-MM-dd} 早于开始日期 {first:yyyy-MM-dd}",
                $"the publicity ends on {last:yyyy-MM-dd}, before it starts on {first:yyyy-MM-dd}");
        return from is { } f && to is { } t && place is not null && t >= f ? new BatchPublicity(f, t, place) : null;
    }

    private static List<ObjectionEntry> Objections(MappingReader map)
    {
        var entries = new List<ObjectionEntry>();
        foreach (var node in map.Sequence(BatchLifecycle.Fields.Objections)?.Children ?? [])
        {
            if (MappingReader.From(node, map.File, map.Bag, new Phrase("这条异议", "an objection")) is not { } entry) continue;
            entry.WarnUnknownKeys(["on", "summary", "outcome", "rows"]);
            var on = entry.Date("on", required: true);
            var summary = entry.String("summary", required: true);
            var outcome = entry.String("outcome") switch
            {
                null => (ObjectionOutcome?)null,
                "成立" => ObjectionOutcome.Upheld,
                "不成立" => ObjectionOutcome.Rejected,
                var other => Bad<ObjectionOutcome>(entry, "outcome", $"异议的 outcome 是“{other}”：写 成立 或 不成立，尚无结论时不写",
                    $"the objection's outcome is \"{other}\": write 成立 (upheld) or 不成立 (dismissed), or leave it out while undecided"),
            };
            var rows = Rows(entry, "rows");
            if (outcome == ObjectionOutcome.Upheld && rows.Count == 0)
                entry.Bag.Error(DiagnosticCodes.RequiredField, entry.SpotOf("outcome"), "成立的异议要在 rows 中写明它取消的花名册行（序号）",
                    "an upheld objection lists in rows the roster rows (序号) it cancels");
            if (on is { } day && summary is not null)
                entries.Add(new ObjectionEntry(new BatchObjection(day, summary, outcome, outcome == ObjectionOutcome.Upheld ? rows.Count : 0),
                    entry.Spot, rows));
        }
        return entries;
    }

    private static List<ReissueEntry> Reissues(MappingReader map)
    {
        var entries = new List<ReissueEntry>();
        foreach (var node in map.Sequence(ReissuesField)?.Children ?? [])
        {
            if (MappingReader.From(node, map.File, map.Bag, new Phrase("这条补发", "a reissue")) is not { } entry) continue;
            entry.WarnUnknownKeys(["row", "replaces"]);
            var row = entry.String("row", required: true);
            var replaces = entry.String("replaces", required: true);
            if (row is not null && replaces is not null)
                entries.Add(new ReissueEntry(replaces, entry.SpotOf("replaces"), new BatchRowRef(row, entry.SpotOf("row"))));
        }
        return entries;
    }

    // Rows are named by their 序号 in a list: rows: [3, 5].
    private static List<BatchRowRef> Rows(MappingReader entry, string key) =>
        entry.Sequence(key)?.Children.OfType<YamlScalarNode>().Where(n => !string.IsNullOrWhiteSpace(n.Value))
            .Select(n => new BatchRowRef(n.Value!.Trim(), n.SpotOf(entry.File))).ToList() ?? [];

    private static T? Bad<T>(MappingReader map, string key, string message, string messageEn) where T : struct
    {
        map.Bag.Error(DiagnosticCodes.BadChoice, map.SpotOf(key), message, messageEn);
        return null;
    }

    private static int? Count(MappingReader map, string field)
    {
        var text = map.String(field);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)) return count;
        map.Bag.Error(DiagnosticCodes.WrongType, map.SpotOf(field), $"{field} 写的是“{text}”，应当是人数（整数）",
            $"'{field}' is \"{text}\"; it should be a whole number of people");
        return null;
    }
}
