namespace SkillCert.VerifyApi.Contracts;

/// <summary>Why a candidate export was not loaded, and when: the problem's code (docs/diagnostics.md), its reason in English and in Chinese.</summary>
public sealed record RefusalView(string Code, string Reason, string ReasonZh, string At);
