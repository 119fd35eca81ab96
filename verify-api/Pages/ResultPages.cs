using SkillCert.Core.Exports;
using SkillCert.Core.Numbers;
using SkillCert.Core.Signing;
using SkillCert.Core.Verification;
using SkillCert.Generator.Site;
using SkillCert.VerifyApi.Certificates;

namespace SkillCert.VerifyApi.Pages;

/// <summary>Turns a certificate answer, and the QR claims or name that came with it, into the result page's model.</summary>
public static class ResultPages
{
    public const string Template = "result.html";

    /// <summary>The model for an answer. <paramref name="claims"/> is the QR's signed claims, if the page was opened from one.</summary>
    public static ResultPage Build(CertificateAnswer answer, string typed, string? name, QrClaimsInput claims, ExportedSite? site)
    {
        var view = answer.View;
        var record = answer.Record;
        var claimsCheck = claims.Signed is { } signed && record is not null ? ClaimsCheck.Check(signed, record, answer.Keys) : null;
        var showFullName = view?.NameMatches == true || claimsCheck?.ShowsHolder == true;
        var numberErrors = answer.Decoding.Errors.Select(e => e.MessageZh).ToArray();
        return new ResultPage(
            PageSite.From(site),
            "证书核验结果",
            "/c/" + answer.Decoding.Normalized.Text,
            Outcome(answer),
            Claims(claims, claimsCheck, answer.Kind),
            view?.NameMatches switch
            {
                true => "您填写的姓名与证书记录一致。",
                false => "您填写的姓名与证书记录不一致。请核对姓名；为保护个人信息，本站不显示全名。",
                null => null,
            },
            record is null || view is null ? null : Facts(view, record, showFullName),
            view?.Checks.Select(c => Check(c.Check, c.Verdict, c.MessageZh)).ToArray() ?? [],
            Fields(answer.Decoding),
            new VerifyFormView(typed, name ?? "", numberErrors, null),
            StatusCode(answer.Kind),
            claimsCheck?.ShowsHolder == true ? CertificateView(claims.Signed!) : null);
    }

    /// <summary>The certificate view of the same claims, in the readable query form that view reads.</summary>
    private static string CertificateView(SignedClaims signed)
    {
        var readable = new Uri(QrLink.BuildReadable(new Uri("http://localhost/"), signed));
        return readable.AbsolutePath + "/certificate" + readable.Query;
    }

    public static int StatusCode(CertificateAnswerKind kind) => kind switch
    {
        CertificateAnswerKind.Found => StatusCodes.Status200OK,
        CertificateAnswerKind.NotFound => StatusCodes.Status404NotFound,
        CertificateAnswerKind.Malformed => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status503ServiceUnavailable,
    };

    private static OutcomeView Outcome(CertificateAnswer answer)
    {
        var view = answer.View;
        return answer.Kind switch
        {
            CertificateAnswerKind.Malformed => new("malformed", "证书编号格式不正确", "请按下方提示修改编号后重新查询。编号中的空格、连字符和全角字符会自动忽略。"),
            CertificateAnswerKind.NotFound => new("not-found", "未查询到该证书",
                $"编号 {answer.Decoding.Number} 格式正确，但证书数据中没有这个编号。请核对编号，或向发证的评价机构咨询。"),
            CertificateAnswerKind.Unavailable => new("unavailable", "暂时无法查询", "证书数据正在加载或更新，请稍后再试。"),
            _ when view!.Status == "revoked" => new("revoked", "证书已撤销",
                $"该证书已于 {view.RevokedOn} 撤销：{view.RevocationReason}。撤销后的证书不再有效。"),
            _ when view.Outcome == "inconsistent" => new("inconsistent", "证书记录存在疑点",
                "证书记录在册，但下列核验未通过。请向发证的评价机构或市职业技能鉴定服务中心核实。"),
            _ => new("genuine", "证书有效", "证书记录在册，各项核验均通过。"),
        };
    }

    private static ClaimsView? Claims(QrClaimsInput claims, ClaimsCheckResult? check, CertificateAnswerKind kind)
    {
        if (!claims.Present) return null;
        if (claims.Signed is null)
            return new("unreadable", "二维码链接不完整", "链接中的签名信息缺失或已损坏，无法确认二维码的真伪。请重新扫描证书上的二维码。");
        if (check is null)
            return kind == CertificateAnswerKind.NotFound
                ? new("unverifiable", "无法核对二维码", "证书数据中没有这个编号，二维码所载信息无法与证书记录核对。")
                : null;
        var heading = check.Verdict switch
        {
            ClaimsVerdict.Authentic => "二维码真实",
            ClaimsVerdict.Revoked => "二维码真实，但证书已撤销",
            ClaimsVerdict.Mismatch => "二维码信息与证书记录不符",
            ClaimsVerdict.UnknownKey => "二维码的签名密钥未公布",
            ClaimsVerdict.RetiredKey => "二维码的签名密钥已停用",
            ClaimsVerdict.RevokedKey => "二维码的签名密钥已撤销",
            _ => "二维码已被改动",
        };
        return new(Slug(check.Verdict), heading, check.MessageZh);
    }

    /// <summary>The verdict's stable name for styles and tests: authentic, revoked, mismatch, unknown-key, retired-key, revoked-key, tampered.</summary>
    public static string Slug(ClaimsVerdict verdict) => verdict switch
    {
        ClaimsVerdict.UnknownKey => "unknown-key",
        ClaimsVerdict.RetiredKey => "retired-key",
        ClaimsVerdict.RevokedKey => "revoked-key",
        _ => verdict.ToString().ToLowerInvariant(),
    };

    private static CertificateFactsView Facts(Contracts.CertificateView view, CertificateRecord record, bool showFullName)
    {
        var status = view.Institution.Status is { } s ? new StatusView(s.Slug, s.Label, s.Cause, null, s.Slug is "active" or "expiring") : null;
        return new CertificateFactsView(
            view.Number,
            showFullName ? record.HolderName : view.MaskedName,
            showFullName,
            $"{view.Occupation.Name}（{view.Occupation.Code}）",
            view.Trade ?? "—",
            view.Level.Name,
            view.IssuedOn,
            view.Institution.Seq,
            view.Institution.Name ?? $"序列码 {view.Institution.Seq}（不在目录中）",
            $"/catalogue/{view.Institution.Seq}/",
            status,
            view.RevokedOn,
            view.RevocationReason);
    }

    private static CheckRowView Check(string name, string verdict, string message)
    {
        var label = name switch
        {
            "structure" => "编号结构",
            "institution" => "评价机构",
            "active" => "发证时备案状态",
            "scope" => "认定范围",
            "year" => "发证年份",
            "level" => "职业技能等级",
            _ => name,
        };
        var mark = verdict switch { "pass" => "✓", "fail" => "✗", _ => "–" };
        return new CheckRowView(verdict, mark, label, message);
    }

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
}
