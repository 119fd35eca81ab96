namespace SkillCert.Generator.Diagnostics;

/// <summary>The last line of a command that refused to write: what failed, the counts, and that its output was left alone.</summary>
public static class FailureLine
{
    /// <summary>"导出失败：2 个错误，0 个警告；什么也没有写入（out.db 保持原样）", or the same in English.</summary>
    public static string Of(Phrase what, int errors, int warnings, string output, bool existed)
    {
        var say = DiagnosticStyle.Current;
        var counts = DiagnosticPrinter.Summary(errors, warnings);
        var existing = existed ? say.Say($"{output} 保持原样", $"{output} is unchanged") : say.Say($"没有创建 {output}", $"{output} was not created");
        return say.Say($"{what.Zh}失败：{counts}；什么也没有写入（{existing}）", $"{what.En} failed: {counts}; nothing was written ({existing})");
    }
}
