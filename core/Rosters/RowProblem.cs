namespace SkillCert.Core.Rosters;

/// <summary>
/// What is wrong with one cell of a row (or with the row as a whole when <see cref="Column"/> is empty), in Chinese
/// (<see cref="Message"/>, shown first) and in English. When the problem involves a second row, such as the first use
/// of a duplicated number, <see cref="SeeAlso"/> points at it.
/// </summary>
public sealed record RowProblem(RowOrigin Origin, string Column, string Message, string MessageEn, RowOrigin? SeeAlso = null);
