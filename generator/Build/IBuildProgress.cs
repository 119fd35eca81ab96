namespace SkillCert.Generator.Build;

/// <summary>Where the build says how far it is: a live display on a terminal, plain lines on CI, nothing in tests.</summary>
public interface IBuildProgress
{
    void Started(string stage, int total);

    void Advanced(int count);

    void Finished(string stage, string summary);
}
