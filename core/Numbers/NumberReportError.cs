namespace SkillCert.Core.Numbers;

/// <summary>One field's error in the public shape: the field's name and the message in both languages.</summary>
public sealed record NumberReportError(string Field, string Message, string MessageZh);
