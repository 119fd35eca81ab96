namespace SkillCert.Core.Rosters;

/// <summary>The columns of the roster of people who passed (附件4, 合格人员花名册), in the order of the form.</summary>
public enum RosterColumn
{
    Seq,
    Name,
    Gender,
    DocumentType,
    IdNumber,
    Tenure,
    OccupationCode,
    OccupationName,
    Trade,
    Level,
    TheoryScore,
    SkillScore,
    PerformanceScore,
    IssuedOn,
    Number,
}
