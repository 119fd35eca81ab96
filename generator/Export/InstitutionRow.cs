namespace SkillCert.Generator.Export;

/// <summary>One row of the export's <c>institutions</c> table.</summary>
public sealed record InstitutionRow(string Seq, string Name, string Category, string Route, string Province, string County,
    string Status, string StatusCause, string Filing);
