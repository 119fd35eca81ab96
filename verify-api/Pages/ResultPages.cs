using SkillCert.Core.Exports;
using SkillCert.Core.Institutions;
using SkillCert.Core.Numbers;
using SkillCert.Core.Reports;
using SkillCert.Core.Signing;
using SkillCert.Core.Verification;
using SkillCert.Rendering.Site;
using SkillCert.VerifyApi.Certificates;
using SkillCert.VerifyApi.Contracts;

namespace SkillCert.VerifyApi.Pages;

/// <summary>Turns a certificate answer, with its verdict and findings as domain types, into the result page's model.</summary>
public static class ResultPages
{
    public const string Template = "result.html";

    /// <summary>The model for an answer to what a person typed (<paramref name="typed"/>, <paramref name="name"/>).</summary>
    public static ResultPage Build(CertificateAnswer answer, string typed, string? name, QrClaimsInput claims, ExportedSite? site)
    {
        var verdict = answer.Verdict;
        var number = answer.Decoding.Number?.Format() ?? answer.Decoding.Normalized.Text;
        var revoked = verdict?.Verdict == Verdict.Revoked;
        return new ResultPage(
            PageSite.From(site),
            "证书核验结果",
            "/c/" + answer.Decoding.Normalized.Text,
            verdict is null ? VerdictView.Unavailable : VerdictView.Of(verdict, number, site?.Center),
            verdict?.Record is { } record ? Facts(answer, verdict, record) : null,
            revoked ? "发证时的核验情况" : "逐项核验",
            revoked ? "证书已撤销。以下各项只说明发证时的情况，不表示证书现在有效。" : null,
            verdict?.Record is null ? [] : Rows(verdict),
            answer.Kind == CertificateAnswerKind.NotFound && answer.Institution is { } institution ? NamedInstitution(institution, answer.InstitutionNameOnIssue!, answer.StatusToday!) : null,
            Fields(answer.Decoding),
            new VerifyFormView(typed, name ?? "", answer.Decoding.Errors.Select(e => e.MessageZh).ToArray(), null),
            StatusCode(answer.Kind),
            verdict?.Record is { } found ? CertificateViewUrl(found.Number, verdict, claims, name) : null)
        {
            Report = Report(verdict, number, answer.Decoding.Normalized.Text, site),
        };
    }

    /// <summary>
    /// Any verdict but genuine may be news the centre needs (a forgery, a wrong record), so the page offers a report that
    /// names the certificate, the verdict and the result page's public address.
    /// </summary>
    private static ReportView? Report(CertificateVerdict? verdict, string number, string typed, ExportedSite? site) =>
        verdict is null || verdict.Verdict == Verdict.Genuine || site is null ? null : ReportView.Of(PageSite.From(site),
            "如果您怀疑这本证书是伪造的，或者认为证书或核验结果有误，可以向下面的单位反映。",
            ProblemReport.OfCertificate(number, VerdictWording.Headline(verdict.Verdict), new Uri(new Uri(site.VerifyUrl), "c/" + Uri.EscapeDataString(typed))));

    /// <summary>
    /// The form alone under <paramref name="prompt"/>: what a bare <c>/verify</c> shows (200), or a question refused before
    /// any lookup, such as an over-long name (400), with the field's error beside it.
    /// </summary>
    public static ResultPage Form(string prompt, string number, string name, string? nameError, int statusCode, ExportedSite? site) =>
        new(PageSite.From(site), "证书核验", "/verify", null, null, "", null, [], null, [],
            new VerifyFormView(number, name, [], nameError), statusCode, null) { Prompt = prompt };

    public static int StatusCode(CertificateAnswerKind kind) => kind switch
    {
        CertificateAnswerKind.Found => StatusCodes.Status200OK,
        CertificateAnswerKind.NotFound => StatusCodes.Status404NotFound,
        CertificateAnswerKind.Malformed => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status503ServiceUnavailable,
    };

    /// <summary>The certificate view of the same certificate, carrying what confirmed the holder so it may show the full name.</summary>
    private static string CertificateViewUrl(string number, CertificateVerdict verdict, QrClaimsInput claims, string? name)
    {
        if (verdict.Claims?.IsAuthentic == true && claims.Signed is { } signed)
        {
            var readable = new Uri(QrLink.BuildReadable(new Uri("http://localhost/"), signed));
            return readable.AbsolutePath + "/certificate" + readable.Query;
        }
        var path = "/c/" + Uri.EscapeDataString(number) + "/certificate";
        return verdict.Name == NameCheck.Matches ? path + "?name=" + Uri.EscapeDataString(name!.Trim()) : path;
    }

    private static CertificateFactsView Facts(CertificateAnswer answer, CertificateVerdict verdict, CertificateRecord record)
    {
        var level = Core.Levels.SkillLevel.FromCode(record.Level);
        return new CertificateFactsView(
            record.Number,
            verdict.HolderConfirmed ? record.HolderName : record.MaskedName,
            verdict.HolderConfirmed,
            HolderHint(verdict),
            $"{record.OccupationName}（{record.OccupationCode}）",
            string.IsNullOrEmpty(record.Trade) ? "—" : record.Trade,
            level?.DisplayName ?? record.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Day(record.IssuedOn),
            record.Institution,
            answer.InstitutionNameOnIssue ?? $"序列码 {record.Institution}（不在目录中）",
            answer.InstitutionRenamedTo,
            $"/catalogue/{record.Institution}/",
            answer.StatusOnIssue is { } onIssue ? Status(onIssue) : null,
            answer.StatusToday is { } today ? Status(today) : null,
            verdict.Verdict != Verdict.Genuine,
            record.RevokedOn is { } on ? Day(on) : null,
            record.RevocationReason)
        {
            Review = answer.Batch?.Lifecycle.Review is { } review ? new ReviewView(Day(review.On), review.By) : null,
            Publicity = answer.Batch?.Lifecycle.Publicity is { } publicity ? new PublicityView(Day(publicity.From), Day(publicity.To), publicity.Place) : null,
            Replaces = record.Replaces,
            ReplacedBy = record.ReplacedBy,
        };
    }

    /// <summary>A hint beside the masked name, only where it helps: never after a name was typed.</summary>
    private static string? HolderHint(CertificateVerdict verdict) => verdict switch
    {
        { HolderConfirmed: true } => null,
        { Name: NameCheck.NotGiven } => "姓名已部分隐藏。在下方填写持证人姓名，可核对是否一致。",
        { Name: NameCheck.Refused } => "姓名已部分隐藏。今天这本证书暂停姓名核对。",
        _ => "姓名已部分隐藏。",
    };

    private static StatusView Status(FilingStatus status) => new(status.Slug, status.Label, status.Cause, null, status.MayCertify);

    /// <summary>The rows under the verdict: the record, the holder, the QR code when one came, then every rule check.</summary>
    private static IReadOnlyList<CheckRowView> Rows(CertificateVerdict verdict)
    {
        var record = verdict.Record!;
        var genuine = verdict.Verdict == Verdict.Genuine;
        var rows = new List<CheckRowView>(9)
        {
            Row("record", record.Status == CertificateStatus.Revoked ? CheckVerdict.Fail : CheckVerdict.Pass, genuine,
                VerdictWording.RecordLabel, VerdictWording.Record(record)),
            verdict.Name switch
            {
                NameCheck.Differs => Row("holder", CheckVerdict.Fail, genuine, VerdictWording.HolderLabel, VerdictWording.Holder(verdict)),
                _ when verdict.HolderConfirmed => Row("holder", CheckVerdict.Pass, genuine, VerdictWording.HolderLabel, VerdictWording.Holder(verdict)),
                _ => new CheckRowView("holder", "todo", "?", VerdictWording.HolderLabel, VerdictWording.Holder(verdict)),
            },
        };
        if (verdict.Claims is { } claims)
            rows.Add(Row("claims", claims.IsAuthentic ? CheckVerdict.Pass : CheckVerdict.Fail, genuine, VerdictWording.ClaimsLabel,
                $"{VerdictWording.ClaimsHeading(claims.Verdict)}：{claims.MessageZh}"));
        rows.AddRange(verdict.Checks!.Checks.Select(c => Row(c.Name, c.Verdict, genuine, VerdictWording.Label(c.Kind), c.MessageZh)));
        return rows;
    }

    private static CheckRowView Row(string kind, CheckVerdict result, bool genuine, string label, string message) => result switch
    {
        CheckVerdict.Pass => new(kind, genuine ? "pass" : "held", "✓", label, message),
        CheckVerdict.Fail => new(kind, "fail", "✗", label, message),
        _ => new(kind, "skipped", "–", label, message),
    };

    private static NotFoundInstitutionView NamedInstitution(Exports.ExportedInstitution institution, string name, FilingStatus today) => new(
        institution.Seq, name, $"/catalogue/{institution.Seq}/", today.Label,
        institution.Filing.Contact?.Name, institution.Filing.Contact?.Phone);

    private static IReadOnlyList<FieldRowView> Fields(NumberDecoding decoding)
    {
        if (decoding.Fields is not { } f || decoding.Form is not { } form) return [];
        string? ErrorOf(NumberField field) => decoding.Errors.FirstOrDefault(e => e.Field == field)?.MessageZh;
        FieldRowView Row(string positions, string label, NumberField field, DecodedField value) =>
            new(positions, label, value.Value, value.Meaning, ErrorOf(field));
        var last = form.Length;
        return
        [
            Row("第 1 位", "机构类别", NumberField.Category, f.Category),
            Row("第 2–5 位", "备案途径", NumberField.Route, f.Route),
            Row("第 6–7 位", "省级代码", NumberField.Province, f.Province),
            Row("第 8–13 位", "机构序列码", NumberField.Institution, f.Institution),
            Row("第 14–15 位", "发证年份", NumberField.Year, f.Year),
            Row("第 16 位", "职业技能等级", NumberField.Level, f.Level),
            Row($"第 17–{last} 位", "证书序列码", NumberField.Serial, f.Serial),
        ];
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
