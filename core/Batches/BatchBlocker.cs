namespace SkillCert.Core.Batches;

/// <summary>
/// One reason a batch is not issued: the lifecycle field it concerns (<see cref="BatchLifecycle.Fields"/>, so that the
/// caller can point at its line) and a sentence in plain Chinese that says what is missing and what to do, with its
/// English for <c>--lang en</c>.
/// </summary>
public sealed record BatchBlocker(string Field, string Message, string MessageEn);
