namespace SkillCert.Generator.Build;

/// <summary>What <c>skillcert build</c> was asked to do; paths are as the user gave them, so diagnostics show them that way.</summary>
public sealed record BuildOptions(string ContentDir, string TemplatesDir, string OutDir, DateOnly AsOf, string? ExportPath = null,
    bool NoCache = false);
