using Microsoft.AspNetCore.Http.HttpResults;
using SkillCert.Core.Numbers;
using SkillCert.Core.Verification;
using SkillCert.VerifyApi.Http;

namespace SkillCert.VerifyApi.Certificates;

/// <summary>The problem answers for a certificate that could not be shown, the same wherever a number is asked about.</summary>
public static class AnswerProblems
{
    /// <summary>400 with each wrong field of the number, named as NumberReport names it, in English and Chinese.</summary>
    public static ValidationProblem Malformed(NumberDecoding decoding) => TypedResults.ValidationProblem(FieldErrors(decoding),
        title: "The certificate number is malformed", detail: "证书编号格式不正确：见 errors 中各字段的说明。",
        extensions: new Dictionary<string, object?> { ["verdict"] = VerdictSlugs.Of(Verdict.Malformed) });

    /// <summary>400 with the given per-field errors.</summary>
    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) => TypedResults.ValidationProblem(errors,
        title: "The certificate number or name is malformed", detail: "证书编号或姓名格式不正确：见 errors 中各字段的说明。");

    /// <summary>503 while no export is loaded.</summary>
    public static UnavailableProblem NoExport() => new("This service has no certificate export loaded; see /readyz.", "本服务目前没有加载证书数据，无法核验证书。");

    /// <summary>404 for a well-formed number that no certificate has, naming the number's institution when the catalogue has it.</summary>
    public static NotFoundProblem Unknown(CertificateAnswer answer)
    {
        var number = answer.Decoding.Number!.Format();
        var extensions = new Dictionary<string, object?> { ["verdict"] = VerdictSlugs.Of(Verdict.NotFound) };
        if (answer.Institution is { } institution)
            extensions["institution"] = new Dictionary<string, string> { ["seq"] = institution.Seq, ["name"] = answer.InstitutionNameOnIssue! };
        return new NotFoundProblem($"No certificate has the number {number}.",
            VerdictWording.Summary(CertificateVerdict.NotFound, number), extensions);
    }

    public static Dictionary<string, string[]> FieldErrors(NumberDecoding decoding) =>
        decoding.Errors.GroupBy(e => NumberReport.FieldName(e.Field))
            .ToDictionary(g => g.Key, g => g.SelectMany(e => new[] { e.Message, e.MessageZh }).ToArray(), StringComparer.Ordinal);
}
