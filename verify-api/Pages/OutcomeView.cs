namespace SkillCert.VerifyApi.Pages;

/// <summary>The one-line answer at the top of a result page: a slug for its style, a heading and a sentence.</summary>
public sealed record OutcomeView(string Slug, string Heading, string Detail);
