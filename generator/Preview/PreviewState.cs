using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Preview;

/// <summary>
/// What the preview shows at one moment: the snapshot whose pages it serves (null when the content has never once
/// passed its checks), the problems to lay over them, and whether the shown pages' links are still being checked.
/// </summary>
/// <param name="Shown">The pages served: the newest snapshot that passed its checks.</param>
/// <param name="LastChecked">The newest snapshot whose every page was rendered and every link checked.</param>
/// <param name="Problems">Errors (and the warnings beside them) of the newest edit, or of the shown pages; none when all is well.</param>
/// <param name="ProblemsSerial">Changes whenever <paramref name="Problems"/> do, so that an open page knows its overlay is out of date.</param>
/// <param name="Checking">True while the shown snapshot's pages are being rendered and their links checked.</param>
public sealed record PreviewState(PreviewSnapshot? Shown, PreviewSnapshot? LastChecked, IReadOnlyList<Diagnostic> Problems, long ProblemsSerial,
    bool Checking)
{
    public bool HasErrors => Problems.Any(p => p.IsError);

    /// <summary>This state with other problems; the serial moves on only when they differ.</summary>
    public PreviewState WithProblems(IReadOnlyList<Diagnostic> problems) =>
        Problems.SequenceEqual(problems) ? this : this with { Problems = problems, ProblemsSerial = ProblemsSerial + 1 };
}
