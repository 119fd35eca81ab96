namespace SkillCert.Generator.Site.Memo;

/// <summary>Where each institution's record (by seq) is in a catalogue-wide file whose fingerprint is <see cref="Fingerprint"/>.</summary>
public sealed record SplicePlaces(string Fingerprint, IReadOnlyDictionary<string, (int Start, int Length)> Records);
