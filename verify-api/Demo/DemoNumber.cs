namespace SkillCert.VerifyApi.Demo;

/// <summary>A certificate number from the demo export, with what a newcomer should expect to see for it.</summary>
public sealed record DemoNumber(string Number, string Expect);
