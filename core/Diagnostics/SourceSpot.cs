namespace SkillCert.Core.Diagnostics;

/// <summary>A place in a source file: the path as shown to the user, and a 1-based line and column (0 when unknown).</summary>
public readonly record struct SourceSpot(string File, int Line = 0, int Column = 0)
{
    public static SourceSpot OfFile(string file) => new(file);
}
