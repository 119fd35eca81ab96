namespace SkillCert.VerifyApi.Exports;

/// <summary>Why a candidate export was not put into service; transient refusals (a lock) are retried on every poll.</summary>
public sealed record ExportRefusal(string Reason, bool Transient, DateTimeOffset At);
