namespace SkillCert.Core.Exports;

/// <summary>
/// One thing wrong with an export, as <see cref="ExportHeader"/> found it. <see cref="Message"/> is a predicate that
/// names no file and no caller ("has schema version 2; this build reads version 1"), so that each caller puts its own
/// subject before it and turns it into its own kind of error: a diagnostic, an exception, a refusal.
/// </summary>
public sealed record ExportProblem(ExportProblemKind Kind, string Message)
{
    /// <summary>The signing key the problem is about, for the key problems.</summary>
    public string? KeyId { get; init; }

    /// <summary>The <c>schema_version</c> as the export states it (null when it states none), for a version problem.</summary>
    public string? FoundVersion { get; init; }

    /// <summary>True when the export as a whole cannot be read; the key problems leave the other keys usable.</summary>
    public bool IsFatal => Kind is ExportProblemKind.NotAnExport or ExportProblemKind.UnreadableVersion or ExportProblemKind.MissingTables;
}
