namespace SkillCert.Generator.Export;

/// <summary>The source numbers the export gives core's row origins: a roster's index within its institution, or revocations.csv.</summary>
public static class ExportSources
{
    /// <summary>The source of every revocations.csv line.</summary>
    public const int Revocations = int.MaxValue;
}
