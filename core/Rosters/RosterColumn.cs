namespace SkillCert.Core.Rosters;

/// <summary>
/// The columns of the roster of people who passed (附件4, 合格人员花名册): those of the richer form in its order, then
/// 岗位 (the official form gives 岗位 and 工龄 as two columns) and 原证书编号 (a reissue's certificate it corrects).
/// </summary>
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
    Post,
    Replaces,
}
