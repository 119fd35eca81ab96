using System.Globalization;
using System.Text.Json;

namespace SkillCert.Generator.Diagnostics;

/// <summary>Writes diagnostics one per line, in a stable order, in the process's <see cref="DiagnosticStyle"/>.</summary>
public static class DiagnosticPrinter
{
    public static void Print(DiagnosticBag bag, TextWriter output) => Print(bag.Sorted(), output);

    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter output)
    {
        foreach (var d in diagnostics) output.WriteLine(Line(d, DiagnosticStyle.Current));
    }

    /// <summary>One diagnostic as the style prints it: the compiler-like line in its language, or one JSON object.</summary>
    public static string Line(Diagnostic d, DiagnosticStyle style) =>
        style.Json ? JsonSerializer.Serialize(DiagnosticJson.Of(d), CliJson.Context.DiagnosticJson) : d.ToString(style.Language);

    public static string Summary(DiagnosticBag bag) => Summary(bag.ErrorCount, bag.Items.Count - bag.ErrorCount);

    /// <summary>"2 个错误，1 个警告", or "2 errors, 1 warning" in English.</summary>
    public static string Summary(int errors, int warnings) => DiagnosticStyle.Current.English
        ? string.Create(CultureInfo.InvariantCulture, $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}")
        : string.Create(CultureInfo.InvariantCulture, $"{errors} 个错误，{warnings} 个警告");
}
