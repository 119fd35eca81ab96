using SkillCert.Core.Diagnostics;

namespace SkillCert.VerifyApi.Exports;

/// <summary>Why a candidate export was not put into service; transient refusals (a lock) are retried on every poll.</summary>
public sealed record ExportRefusal(Diagnostic Problem, bool Transient, DateTimeOffset At)
{
    /// <summary>The reason in English, as /readyz's <c>detail</c> has always given it.</summary>
    public string Reason => Problem.MessageEn;
}
