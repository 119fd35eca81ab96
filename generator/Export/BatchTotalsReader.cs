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

    /// <summary>The totals and where each field is, or null after reporting why the file cannot be read.</summary>
    public static (BatchTotals Totals, Func<string, int> LineOf)? Read(string path, string display, List<ExportError> errors)
    {
        var bag = new DiagnosticBag();
        var map = MappingReader.From(YamlSource.Load(path, display, bag), display, bag, "the batch totals");
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
