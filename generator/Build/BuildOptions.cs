namespace SkillCert.Generator.Build;

/// <summary>What <c>skillcert build</c> was asked to do; paths are as the user gave them, so diagnostics show them that way.</summary>
public sealed record BuildOptions(string ContentDir, string TemplatesDir, string OutDir, DateOnly AsOf, string? ExportPath = null,
    bool NoCache = false)
{
    /// <summary>
    /// The verification service serves the site from its own origin (the demo), so the site's forms and scripts reach
    /// it root-relative; otherwise they use site.yml's verify_url whenever it is another origin than base_url.
    /// </summary>
    public bool ServedTogether { get; init; }
}
