namespace SkillCert.Rendering.Templates;

/// <summary>One file of the templates' assets: its plain address, its address with the fingerprint, and where it is on disk.</summary>
public sealed record AssetFile(string Url, string FingerprintedUrl, string FilePath);
