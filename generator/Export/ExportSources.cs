using SkillCert.Core.Rosters;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// The source numbers the export gives core's row origins: a roster's index within its institution, its batch file's
/// (the index after all the rosters'), or revocations.csv.
/// </summary>
public static class ExportSources
{
    /// <summary>The source of every revocations.csv line.</summary>
    public const int Revocations = int.MaxValue;

    /// <summary>The source of the batch file beside roster <paramref name="roster"/> of <paramref name="rosters"/>.</summary>
    public static int BatchFileOf(int roster, int rosters) => rosters + roster;

    /// <summary>The file a source number stands for, as the user named it; <paramref name="other"/> for one of none of them.</summary>
    public static string Display(int source, IReadOnlyList<RosterFile> files, string revocations, string other) =>
        source == Revocations ? revocations
        : source >= 0 && source < files.Count ? files[source].Display
        : source >= files.Count && source < 2 * files.Count ? files[source - files.Count].TotalsDisplay ?? files[source - files.Count].Display
        : other;

    /// <summary>A row problem as an error at the file, line and column of its source, with the place it refers to, if any.</summary>
    public static ExportError ToError(RowProblem problem, IReadOnlyList<RosterFile> files, string revocations, string other)
    {
        var (message, messageEn) = problem.SeeAlso is { } seeAlso
            ? ($"{problem.Message}（见 {Display(seeAlso.Source, files, revocations, other)} 第 {seeAlso.Line} 行）",
                $"{problem.MessageEn} (see {Display(seeAlso.Source, files, revocations, other)}:{seeAlso.Line})")
            : (problem.Message, problem.MessageEn);
        var code = problem.Origin.Source == Revocations ? DiagnosticCodes.Revocations : DiagnosticCodes.RosterRow;
        return new ExportError(code, Display(problem.Origin.Source, files, revocations, other), problem.Origin.Line, problem.Column, message, messageEn);
    }
}
