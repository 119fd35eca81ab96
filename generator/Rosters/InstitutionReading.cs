using SkillCert.Core.Batches;
using SkillCert.Core.Exports;
using SkillCert.Core.Rosters;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Rosters;

/// <summary>
/// What a reader of <see cref="CheckedRosters"/> does with one institution's rosters: <see cref="Decide"/> says where a
/// batch stands (its lifecycle on a day, or what an export recorded); <see cref="Row"/> takes each row that passed the
/// rules, of any batch, with the certificate it would be; <see cref="BatchRead"/> follows each batch once its rows and
/// its batch file are applied, and keeps its problems as errors (the first list) or as warnings (the second), or not at all.
/// </summary>
public sealed record InstitutionReading(
    Func<RosterFile, BatchFile, BatchStatus> Decide,
    Action<BatchRows, List<RowProblem>, List<RowProblem>> BatchRead,
    Action<RosterRow, ExportedCertificate>? Row = null);
