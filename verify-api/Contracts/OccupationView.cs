namespace SkillCert.VerifyApi.Contracts;

/// <summary>The certified occupation: its code in the 2015 classification and its name.</summary>
public sealed record OccupationView(string Code, string Name);
