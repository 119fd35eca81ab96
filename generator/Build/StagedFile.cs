namespace SkillCert.Generator.Build;

/// <summary>
/// A file queued for the <see cref="StagingWriter"/>: its first <see cref="Length"/> bytes of <see cref="Buffer"/>, which
/// goes back to the shared pool once written when it is <see cref="Pooled"/>. A class, not a tuple: a queue of value
/// tuples is a generic instantiation that no ReadyToRun image holds, some 40 methods compiled at start (incremental.sh).
/// </summary>
public sealed record StagedFile(string Path, byte[] Buffer, int Length, bool Pooled);
