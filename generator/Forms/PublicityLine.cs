namespace SkillCert.Generator.Forms;

/// <summary>One person on a 公示 list: what the notice lets an institution post, and nothing that identifies them further.</summary>
public sealed record PublicityLine(int Seq, string Name, string Gender, string Occupation, string Trade, string Level);
