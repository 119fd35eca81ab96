namespace SkillCert.Core.Exports;

/// <summary>
/// One thing wrong with an export, as <see cref="ExportHeader"/> found it. <see cref="Message"/> (Chinese) and
/// <see cref="MessageEn"/> are predicates that name no file and no caller ("的数据版本是 2……", "has schema version 2;
/// this build reads version 1"), so that each caller puts its own subject before them and turns them into its own kind of
/// error: a diagnostic, an exception, a refusal.
/// </summary>
public sealed record ExportProblem(ExportProblemKind Kind, string Message, string MessageEn)
{
    /// <summary>The signing key the problem is about, for the key problems.</summary>
    public string? KeyId { get; init; }

    /// <summary>The <c>schema_version</c> as the export states it (null when it states none), for a version problem.</summary>
    public string? FoundVersion { get; init; }

    /// <summary>True when the export as a whole cannot be read; the key problems leave the other keys usable.</summary>
    public bool IsFatal => Kind is ExportProblemKind.NotAnExport or ExportProblemKind.UnreadableVersion or ExportProblemKind.MissingTables;
}
