namespace SkillCert.Generator.Build;

/// <summary>What a build did: its exit code, every file it rendered anew, and how many files it wrote or left alone.</summary>
public sealed record BuildResult(int ExitCode, IReadOnlyList<string> Rendered, int Written, int Total)
{
    public bool Succeeded => ExitCode == ExitCodes.Success;
}
