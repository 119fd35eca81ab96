using SkillCert.Core.Exports;
using SkillCert.Core.Rosters;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Rosters;

/// <summary>
/// What a reader of <see cref="CheckedRosters"/> does with one institution's rosters: <see cref="Row"/> takes each row
/// that passed the rules with the certificate it would be, and may add problems; <see cref="FileRead"/> follows each
/// batch file with the number of rows read from it, good or bad.
/// </summary>
public sealed record InstitutionReading(Action<RosterRow, ExportedCertificate, List<RowProblem>> Row, Action<RosterFile, int>? FileRead = null);
