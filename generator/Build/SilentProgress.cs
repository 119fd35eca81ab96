namespace SkillCert.Generator.Build;

/// <summary>Progress that is not shown, for tests and library use.</summary>
public sealed class SilentProgress : IBuildProgress
{
    public static SilentProgress Instance { get; } = new();

    public void Started(string stage, int total)
    {
    }

    public void Advanced(int count)
    {
    }

    public void Finished(string stage, string summary)
    {
    }
}
