namespace SkillCert.VerifyApi.Lookups;

/// <summary>How a lookup ended, before any surface (JSON or page) words it.</summary>
public enum LookupOutcomeKind
{
    /// <summary>A field is missing or malformed; nothing was looked up.</summary>
    Invalid,

    /// <summary>The server has no ID key, so it cannot hash the number to compare.</summary>
    NoIdKey,

    /// <summary>No export is loaded.</summary>
    NoExport,

    /// <summary>A daily budget on failed lookups (this name, or this region's ID numbers) is spent.</summary>
    Paused,

    /// <summary>Looked up: the holder's certificates, or none.</summary>
    Answered,
}
