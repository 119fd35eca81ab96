using SkillCert.Core.Levels;
using SkillCert.Core.Numbers;
using SkillCert.Core.Regions;

namespace SkillCert.Generator.OpenData;

/// <summary>/data/coding-rule.json: the tables decode.js needs, generated from core so that they are written down once.</summary>
public sealed record CodingRuleDocument(int FirstYear, IReadOnlyList<FormRecord> Forms, IReadOnlyList<ProvinceRecord> Provinces,
    IReadOnlyList<LevelRecord> Levels)
{
    public static CodingRuleDocument Current { get; } = new(
        CertificateNumber.FirstYear,
        NumberForm.All.Select(f => new FormRecord(f.Name, f.Length, f.SerialDigits)).ToArray(),
        Province.All.Select(p => new ProvinceRecord(p.Code, p.Name)).ToArray(),
        SkillLevel.All.Select(l => new LevelRecord(l.Code, l.DisplayName)).ToArray());
}
