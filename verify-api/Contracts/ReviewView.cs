namespace SkillCert.VerifyApi.Contracts;

/// <summary>The review a certificate's batch passed: the day and the centre that reviewed it.</summary>
public sealed record ReviewView(string On, string By);
