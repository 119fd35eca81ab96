namespace SkillCert.Generator.Content;

/// <summary>
/// A bracket that does not pair up: an <see cref="Open"/> bracket never closed (no <see cref="Close"/>), closed by the
/// wrong one (both), or a <see cref="Close"/> with nothing open before it (no <see cref="Open"/>).
/// </summary>
public sealed record FlowBracketProblem(FlowBracket? Open, FlowBracket? Close);
