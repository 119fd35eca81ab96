using System.Globalization;

namespace SkillCert.Generator.Diagnostics;

/// <summary>Writes diagnostics one per line, in a stable order, followed by a count.</summary>
public static class DiagnosticPrinter
{
    public static void Print(DiagnosticBag bag, TextWriter output)
    {
        foreach (var d in bag.Sorted()) output.WriteLine(d.ToString());
    }

    public static string Summary(DiagnosticBag bag)
    {
        var errors = bag.ErrorCount;
        var warnings = bag.Items.Count - errors;
        return string.Create(CultureInfo.InvariantCulture, $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
    }
}
