using SkillCert.Core.Institutions;

namespace SkillCert.VerifyApi.Exports;

/// <summary>A row of the export's <c>institutions</c> table with its filing read back into the domain record.</summary>
public sealed record ExportedInstitution(string Seq, string Name, string Province, string County, string StatusOnExport,
    string StatusCause, Institution Filing);
