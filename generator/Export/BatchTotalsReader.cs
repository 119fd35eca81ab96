using System.Globalization;
using SkillCert.Core.Exports;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>Reads a batch's 附件3 totals from <c>&lt;batch&gt;.yml</c>: evaluated_on, applicants, evaluated, passed.</summary>
public static class BatchTotalsReader
{
    private static readonly string[] Fields =
        [BatchTotals.EvaluatedOnField, BatchTotals.ApplicantsField, BatchTotals.EvaluatedField, BatchTotals.PassedField];

    /// <summary>
    /// The totals and where each field is, or null after reporting why the file cannot be read. <paramref name="bytes"/>
    /// are the file's bytes when the caller has read them already (the export hashes them); without them, or when they
    /// are over the content files' limit, the file is read here, so that why it cannot be used is reported as before.
    /// </summary>
    public static (BatchTotals Totals, Func<string, int> LineOf)? Read(string path, string display, ReadOnlyMemory<byte>? bytes,
        List<ExportError> errors)
    {
        var bag = new DiagnosticBag();
        var root = bytes is { } read && read.Length <= YamlSource.MaxBytes
            ? YamlSource.Decode(read.Span, display, bag) is { } text ? YamlSource.Parse(text, display, bag) : null
            : YamlSource.Load(path, display, bag);
        var map = MappingReader.From(root, display, bag, "the batch totals");
        BatchTotals? totals = null;
        if (map is not null)
        {
            map.WarnUnknownKeys(Fields);
            totals = new BatchTotals(map.Date(BatchTotals.EvaluatedOnField), Count(map, BatchTotals.ApplicantsField),
                Count(map, BatchTotals.EvaluatedField), Count(map, BatchTotals.PassedField));
        }
        foreach (var d in bag.Sorted()) errors.Add(new(d.File, d.Line, "", d.Message, d.Severity == Severity.Warning));
        if (map is null || totals is null || bag.HasErrors) return null;
        return (totals, field => map.SpotOf(field).Line);
    }

    private static int? Count(MappingReader map, string field)
    {
        var text = map.String(field);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)) return count;
        map.Bag.Error(DiagnosticCodes.WrongType, map.SpotOf(field), $"'{field}' is \"{text}\"; it should be a whole number of people");
        return null;
    }
}
