namespace SkillCert.Tests.Unit.Fuzzing;

/// One edit of a seed file: what to do (see <see cref="FuzzEdits"/>), where (any position, folded into the text's
/// length), how much, and which token or character to use.
internal readonly record struct TextEdit(int Kind, int At, int Length, int Token, char Char);
