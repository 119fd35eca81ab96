namespace SkillCert.Rendering.Site;

/// <summary>What a lookup found: a sentence, and the holder's certificates (none alike for an unknown person and a wrong name).</summary>
public sealed record LookupAnswerView(string Message, IReadOnlyList<FoundCertificateView> Certificates);
