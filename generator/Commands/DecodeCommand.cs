using System.CommandLine;
using System.Text.Json;
using SkillCert.Core.Numbers;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Commands;

/// <summary>
/// <c>skillcert decode</c>: reads certificate numbers field by field, as a person or a script wants them; each bad field
/// is an SC9001 diagnostic, in Chinese unless <c>--lang en</c>.
/// </summary>
public static class DecodeCommand
{
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["number"] = "证书编号", ["category"] = "类别", ["route"] = "备案途径", ["province"] = "省份",
        ["institution"] = "机构序号", ["year"] = "年份", ["level"] = "等级", ["serial"] = "流水号",
    };

    public static Command Create()
    {
        var numbers = new Argument<string[]>(HelpWords.Number) { Description = HelpWords.Of("一个或多个证书编号", "One or more certificate numbers"), Arity = ArgumentArity.OneOrMore };
        // --json is the root's, for every command: here it prints each report as one JSON object a line.
        var command = new Command("decode", HelpWords.Of("按编码规则拆解并检查证书编号", "Decode and check certificate numbers under the coding rule")) { numbers };
        command.SetAction(parse =>
        {
            var today = DateOnly.FromDateTime(DateTime.Now);
            var reports = parse.GetValue(numbers)!.Select(n => NumberReport.From(CertificateNumber.Decode(n, today))).ToList();
            foreach (var report in reports)
            {
                if (parse.GetValue<bool>(GlobalOptions.JsonName)) Console.Out.WriteLine(JsonSerializer.Serialize(report, CliJson.Context.NumberReport));
                else WriteText(Console.Out, report, DiagnosticStyle.Current);
            }
            return reports.All(r => r.WellFormed) ? ExitCodes.Success : ExitCodes.ContentError;
        });
        return command;
    }

    /// <summary>Each bad field of a report as a diagnostic placed at the number as it was typed.</summary>
    public static IEnumerable<Diagnostic> Problems(NumberReport report) => report.Errors.Select(e => new Diagnostic(Severity.Error,
        DiagnosticCodes.MalformedNumber, report.Input, 0, 0, $"{FieldNames.GetValueOrDefault(e.Field, e.Field)}：{e.MessageZh}", $"{e.Field}: {e.Message}"));

    private static void WriteText(TextWriter output, NumberReport report, DiagnosticStyle say)
    {
        var form = NumberForm.FromName(report.Form);
        var verdict = form is null ? say.Say("格式不对", "malformed")
            : report.WellFormed ? say.Say($"格式正确（{form.Name}，{form.DescriptionZh}）", $"well formed ({form.Name})")
            : say.Say($"格式不对（按 {form.Name} 读）", $"malformed ({form.Name})");
        output.WriteLine(say.Say($"{report.Normalized}：{verdict}", $"{report.Normalized}: {verdict}"));
        if (report.Adjustments.Count > 0)
        {
            output.WriteLine(say.Say($"  输入的是“{report.Input}”；{string.Join("，", report.Adjustments.Select(NormalizedInput.InChinese))}",
                $"  typed as \"{report.Input}\"; {string.Join(", ", report.Adjustments)}"));
        }
        foreach (var (name, field) in report.Fields ?? new Dictionary<string, DecodedField>())
            output.WriteLine($"  {(say.English ? $"{name,-12}" : $"{FieldNames[name],-5}")} {field.Value,-7} {field.Meaning ?? "✗"}");
        DiagnosticPrinter.Print(Problems(report), output);
    }
}
