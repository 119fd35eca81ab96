using SkillCert.Core.Rosters;

namespace SkillCert.Core.Exports;

/// <summary>
/// A reissue's claim that it corrects and replaces the certificate <paramref name="Number"/>, with where it was made:
/// a roster row's 原证书编号 cell, or a <c>reissues:</c> entry of the batch (its line, and <paramref name="Column"/> the key).
/// </summary>
public sealed record ReplacementClaim(string Number, RowOrigin Origin, string Column);
