namespace SkillCert.Generator;

/// <summary>What a command's exit code tells a script.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input (content, rosters, numbers) has errors; the message names where.</summary>
    public const int ContentError = 1;

    /// <summary>The command was used wrongly, or the environment failed (missing folder, unwritable output).</summary>
    public const int UsageError = 2;
}
