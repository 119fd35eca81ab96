namespace SkillCert.Core.Exports;

/// <summary>What can be wrong with an export before its certificates are read.</summary>
public enum ExportProblemKind
{
    /// <summary>The database has no <c>meta</c> table: it is not a SkillCert export.</summary>
    NotAnExport,

    /// <summary>The <c>schema_version</c> is missing, not a number, or not one this build reads.</summary>
    UnreadableVersion,

    /// <summary>One or more of the schema's tables are missing.</summary>
    MissingTables,

    /// <summary>A signing key's row does not read: bad base64, not a P-256 public key, or a bad date.</summary>
    UnreadableKey,

    /// <summary>A signing key's <c>key_id</c> is not the id its public key gives.</summary>
    KeyIdMismatch,
}
