using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Forms;

/// <summary>
/// Reads <c>submitted_on</c> and <c>publicity: {from, to, place}</c> from a batch's <c>&lt;batch&gt;.yml</c>, the keys of
/// the batch lifecycle that the forms print. The totals beside them are <see cref="BatchTotalsReader"/>'s; other
/// lifecycle keys are the export's concern, so they are passed over here without a word.
/// </summary>
public static class BatchScheduleReader
{
    public const string SubmittedOnField = "submitted_on";
    public const string PublicityField = "publicity";

    /// <summary>The schedule, or null after reporting what is wrong with it.</summary>
    public static BatchSchedule? Read(string path, string display, List<ExportError> errors)
    {
        var bag = new DiagnosticBag();
        var map = MappingReader.From(YamlSource.Load(path, display, bag), display, bag, "the batch file");
        BatchSchedule? schedule = null;
        if (map is not null)
        {
            var publicity = map.Mapping(PublicityField);
            schedule = new BatchSchedule(map.Date(SubmittedOnField), publicity is null ? null : Period(publicity));
        }
        foreach (var d in bag.Sorted()) errors.Add(new(d.File, d.Line, "", d.Message, d.Severity == Severity.Warning));
        return bag.HasErrors ? null : schedule;
    }

    private static PublicityPeriod Period(MappingReader publicity)
    {
        var period = new PublicityPeriod(publicity.Date("from", required: true), publicity.Date("to", required: true), publicity.String("place", required: true));
        if (period is { From: { } from, To: { } to } && to < from)
            publicity.Bag.Error(DiagnosticCodes.DatesOutOfOrder, publicity.SpotOf("to"),
                $"the publicity ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}); correct 'from' or 'to'");
        return period;
    }
}
