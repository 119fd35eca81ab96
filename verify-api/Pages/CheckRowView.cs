namespace SkillCert.VerifyApi.Pages;

/// <summary>
/// One row under the verdict: which check, its tone (pass, held, fail, skipped or todo), the mark, the label and why.
/// Only a genuine verdict's rows are "pass" (green); elsewhere a rule that held is "held", so no row looks like a pass
/// under a verdict that is not one.
/// </summary>
public sealed record CheckRowView(string Kind, string Tone, string Mark, string Label, string Message)
{
    /// <summary>The tone in words, for screen readers, since the mark is only drawn.</summary>
    public string ToneText => Tone switch
    {
        "pass" => "通过",
        "held" => "成立",
        "fail" => "未通过",
        "todo" => "待核对",
        _ => "未检查",
    };
}
