using SkillCert.Core.Batches;
using SkillCert.Core.Exports;
using SkillCert.Core.Numbers;
using SkillCert.Core.Rosters;

namespace SkillCert.Generator.Export;

/// <summary>
/// Reads one batch the same way for the export and for the certificates: its <c>&lt;batch&gt;.yml</c> first, then
/// its roster, each row checked as a row of that batch (undated rows take its issue date), then what the batch file
/// says of its rows by their 序号: the objections upheld, and the reissues.
/// </summary>
public static class BatchReading
{
    private static readonly Phrase Objection = new("异议", "objection");
    private static readonly Phrase Reissue = new("换发", "reissue");

    /// <summary>
    /// Reads and checks one batch. <paramref name="decide"/> says whether it is issued (the lifecycle's status on the export
    /// date, or what an export recorded); <paramref name="onRow"/> gets each row that passed the rules, issued or not, with its
    /// certificate; <paramref name="inputs"/>, when given, each file read with the SHA-256 of its bytes.
    /// </summary>
    public static BatchRows Read(RosterFile file, BatchSources sources, RosterRules rules, DateOnly asOf, Func<BatchFile, BatchStatus> decide,
        CellPool cells, RosterBuffers buffers, List<ExportError> errors, Action<RosterRow, ExportedCertificate>? onRow = null,
        List<(string, string)>? inputs = null)
    {
        var batch = ReadBatchFile(file, buffers, errors, inputs);
        var rows = new BatchRows(file, batch ?? BatchFile.None(file.TotalsDisplay ?? file.Display),
            batch is null ? new BatchStatus(BatchState.NotSubmitted, []) : decide(batch));
        if (RosterReading.ReadFile(file.Path, file.Display, buffers, errors) is not { } bytes) return rows;
        inputs?.Add(($"{Path.GetFileName(Path.GetDirectoryName(file.Path))}/{Path.GetFileName(file.Path)}", ContentHash.OfBytes(bytes.Span)));

        var lifecycle = rows.Batch.Lifecycle;
        var issuing = rows.Status.IsIssued;
        var rosterBatch = issuing && lifecycle.IssuedOn is { } issuedOn ? RosterBatch.Issued(file.Batch, issuedOn)
            : new RosterBatch(file.Batch, lifecycle.IssuedOn is { } day && day <= asOf ? day : null, asOf);
        var named = rows.Batch.Objections.Count > 0 || rows.Batch.Reissues.Count > 0 ? new Dictionary<string, List<(RowOrigin, ExportedCertificate?)>>() : null;
        var header = RosterReading.ReadRows(file, bytes, sources.Roster, cells, buffers, errors, row =>
        {
            rows.Rows++;
            var certificate = rules.Check(row, rows.Problems, rosterBatch);
            if (named is not null)
            {
                var key = BatchRowRef.Key(row[RosterColumn.Seq]);
                if (!named.TryGetValue(key, out var list)) named[key] = list = [];
                list.Add((row.Origin, certificate));
            }
            if (certificate is null) return;
            rows.Checked.Add(certificate);
            onRow?.Invoke(row, certificate);
        });
        rows.HasHeader = header is not null;
        if (named is not null && header is not null) ApplyBatchFile(rows, named, sources.BatchFile, rules.Institution.Seq, asOf);
        return rows;
    }

    private static BatchFile? ReadBatchFile(RosterFile file, RosterBuffers buffers, List<ExportError> errors, List<(string, string)>? inputs)
    {
        if (file.TotalsPath is not { } path) return BatchFile.None(file.Display);
        var display = file.TotalsDisplay ?? path;
        var bytes = RosterReading.ReadFile(path, display, buffers, errors);
        if (bytes is { } read) inputs?.Add(($"{Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileName(path)}", ContentHash.OfBytes(read.Span)));
        return BatchFileReader.Read(path, display, bytes, errors);
    }

    // The batch file names rows by their 序号; each must name exactly one row of the roster.
    private static void ApplyBatchFile(BatchRows rows, Dictionary<string, List<(RowOrigin Origin, ExportedCertificate? Certificate)>> named,
        int source, string seq, DateOnly asOf)
    {
        var issuedOn = rows.Batch.Lifecycle.IssuedOn;
        foreach (var entry in rows.Batch.Objections)
        {
            if (entry.Objection.Outcome != ObjectionOutcome.Upheld) continue;
            var afterIssue = rows.Status.IsIssued && issuedOn is { } day && entry.Objection.On >= day;
            foreach (var reference in entry.Rows)
            {
                if (Find(rows, named, reference, source, Objection) is not { } certificate) continue;
                if (afterIssue) rows.RevokedAfterIssue.Add((certificate, entry, At(reference.Spot, source)));
                else rows.Removed.Add(certificate);
            }
        }
        foreach (var entry in rows.Batch.Reissues)
        {
            var decoding = CertificateNumber.Decode(entry.Replaces, asOf);
            if (decoding.Number is not { } number)
            {
                Problem(rows, entry.ReplacesSpot, source, $"“{entry.Replaces}”不是证书编号：{string.Join("；", decoding.Errors.Select(e => e.MessageZh))}",
                    $"\"{entry.Replaces}\" is not a certificate number: {string.Join("; ", decoding.Errors.Select(e => e.Message))}");
                continue;
            }
            if (number.Institution != seq)
            {
                Problem(rows, entry.ReplacesSpot, source, $"{number.Format()} 不是 {seq} 的证书编号：机构只能更正自己颁发的证书",
                    $"{number.Format()} is not a number of {seq}: an institution corrects only its own certificates");
                continue;
            }
            if (Find(rows, named, entry.Row, source, Reissue) is not { } reissue) continue;
            if (reissue.Replacement is { } written)
                Problem(rows, entry.Row.Spot, source, $"第 {reissue.Origin.Line} 行的“原证书编号”已写了 {written.Number}：一行只更正一本证书，删去其中一处",
                    $"line {reissue.Origin.Line} already gives {written.Number} as 原证书编号: a row corrects one certificate, so remove one of the two");
            else
                reissue.Replacement = new ReplacementClaim(number.Format(), At(entry.ReplacesSpot, source), Column(entry.ReplacesSpot));
        }
    }

    private static ExportedCertificate? Find(BatchRows rows, Dictionary<string, List<(RowOrigin Origin, ExportedCertificate? Certificate)>> named,
        BatchRowRef reference, int source, Phrase what)
    {
        if (!named.TryGetValue(BatchRowRef.Key(reference.Seq), out var found))
        {
            Problem(rows, reference.Spot, source, $"{what.Zh}所指的序号 {reference.Seq} 不在花名册 {Path.GetFileName(rows.File.Path)} 中：核对序号",
                $"the {what.En} names 序号 {reference.Seq}, which is not in the roster {Path.GetFileName(rows.File.Path)}: check the number");
            return null;
        }
        if (found.Count > 1)
        {
            var lines = string.Join("、", found.Select(f => f.Origin.Line));
            Problem(rows, reference.Spot, source, $"序号 {reference.Seq} 在花名册中出现 {found.Count} 次（第 {lines} 行）：{what.Zh}要能指明唯一的一行，先让序号不重复",
                $"序号 {reference.Seq} appears {found.Count} times in the roster (lines {lines}): the {what.En} must name one row, so make the numbers unique");
            return null;
        }
        // A row that failed the rules has its own problem already.
        return found[0].Certificate;
    }

    private static void Problem(BatchRows rows, SourceSpot spot, int source, string message, string messageEn) =>
        rows.Problems.Add(new RowProblem(At(spot, source), Column(spot), message, messageEn));

    private static RowOrigin At(SourceSpot spot, int source) => new(source, spot.Line);

    private static string Column(SourceSpot spot) => ExportError.ColumnOf(spot.Column);
}
