namespace SkillCert.Generator.Export;

/// <summary>The roster folder of one institution, as found and as the user names it; its files are listed by the worker that reads them.</summary>
public sealed record InstitutionRosters(string Seq, string Folder, string Display);
