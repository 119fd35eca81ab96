using System.CommandLine;
using System.Text.Json;
using SkillCert.Core.Numbers;

namespace SkillCert.Generator.Commands;

/// <summary><c>skillcert decode</c>: reads certificate numbers field by field, as a person or a script wants them.</summary>
public static class DecodeCommand
{
    public static Command Create()
    {
        var numbers = new Argument<string[]>("number") { Description = "One or more certificate numbers", Arity = ArgumentArity.OneOrMore };
        // --json is the root's, for every command: here it prints each report as one JSON object a line.
        var command = new Command("decode", "Decode and check certificate numbers under the coding rule") { numbers };
        command.SetAction(parse =>
        {
            var today = DateOnly.FromDateTime(DateTime.Now);
            var reports = parse.GetValue(numbers)!.Select(n => NumberReport.From(CertificateNumber.Decode(n, today))).ToList();
            foreach (var report in reports)
            {
                if (parse.GetValue<bool>(GlobalOptions.JsonName)) Console.Out.WriteLine(JsonSerializer.Serialize(report, CliJson.Options));
                else WriteText(Console.Out, report);
            }
            return reports.All(r => r.WellFormed) ? ExitCodes.Success : ExitCodes.ContentError;
        });
        return command;
    }

    private static void WriteText(TextWriter output, NumberReport report)
    {
        var verdict = report.WellFormed ? $"well formed ({report.Form})" : "malformed";
        output.WriteLine($"{report.Normalized}: {verdict}");
        if (report.Adjustments.Count > 0) output.WriteLine($"  typed as \"{report.Input}\"; {string.Join(", ", report.Adjustments)}");
        foreach (var (name, field) in report.Fields ?? new Dictionary<string, DecodedField>())
            output.WriteLine($"  {name,-12} {field.Value,-7} {field.Meaning ?? "✗"}");
        foreach (var error in report.Errors) output.WriteLine($"  error: {error.Field}: {error.Message}");
    }
}
