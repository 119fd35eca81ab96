namespace SkillCert.Generator.Build;

/// <summary>One named step of the build; a stage that reports an error stops the build before anything is published.</summary>
public interface IBuildStage
{
    string Name { get; }

    void Run(BuildState state);
}
