namespace SkillCert.Core.Exports;

/// <summary>
/// The certificate export: one SQLite file that the verification service opens read-only. The schema is a
/// published contract; any change that a reader could notice raises <see cref="Version"/>.
/// Version 2 added <c>signing_keys.revoked</c>; version 3 the batch lifecycle: the tables <c>batches</c> and
/// <c>batch_counts</c>, and <c>certificates.batch</c>, <c>replaces</c> and <c>replaced_by</c>.
/// </summary>
public static class ExportSchema
{
    public const int Version = 3;

    /// <summary>
    /// The versions this build reads: the one it writes and, during a rollout, the ones before it that
    /// <see cref="ExportHeader"/> still knows how to read. A version leaves this list only with its reading code.
    /// Version 1 lacks only <c>signing_keys.revoked</c>, so every key in it reads as never revoked; version 2 lacks only
    /// the batch lifecycle, so its certificates have no batch and it has no batches. A re-export continues from either,
    /// and a service of this build serves either while the replicas are upgraded one by one.
    /// </summary>
    public static IReadOnlyList<int> ReadableVersions { get; } = [1, 2, Version];

    /// <summary>The tables every export of this version has, <c>meta</c> first.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["meta", "signing_keys", "institutions", "certificates", "batches", "batch_counts"];

    /// <summary>The tables an export of <paramref name="version"/> has.</summary>
    public static IReadOnlyList<string> TablesOf(int version) => version >= ExportBatchTable.FirstVersion ? Tables : Tables.Take(4).ToList();

    /// <summary>The statements that create an empty export, in order.</summary>
    public static IReadOnlyList<string> CreateStatements { get; } =
    [
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE signing_keys (
            key_id      TEXT PRIMARY KEY,
            public_key  TEXT NOT NULL,
            valid_from  TEXT NOT NULL,
            retired     TEXT,
            revoked     TEXT
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE institutions (
            seq          TEXT PRIMARY KEY,
            name         TEXT NOT NULL,
            category     TEXT NOT NULL,
            route        TEXT NOT NULL,
            province     TEXT NOT NULL,
            county       TEXT NOT NULL,
            status       TEXT NOT NULL,
            status_cause TEXT NOT NULL,
            filing       TEXT NOT NULL
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE certificates (
            number            TEXT PRIMARY KEY,
            institution       TEXT NOT NULL,
            occupation_code   TEXT NOT NULL,
            occupation_name   TEXT NOT NULL,
            trade             TEXT,
            level             INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
            issued_on         TEXT NOT NULL,
            status            TEXT NOT NULL CHECK (status IN ('valid', 'revoked')),
            revoked_on        TEXT,
            revocation_reason TEXT,
            holder_name       TEXT NOT NULL,
            masked_name       TEXT NOT NULL,
            document_type     TEXT NOT NULL,
            masked_id         TEXT NOT NULL,
            id_hash           BLOB NOT NULL,
            batch             TEXT,
            replaces          TEXT,
            replaced_by       TEXT
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE batches (
            institution     TEXT NOT NULL,
            batch           TEXT NOT NULL,
            state           TEXT NOT NULL,
            evaluated_on    TEXT,
            applicants      INTEGER,
            evaluated       INTEGER,
            passed          INTEGER,
            submitted_on    TEXT,
            review_on       TEXT,
            review_by       TEXT,
            review_outcome  TEXT CHECK (review_outcome IN ('passed', 'sent-back')),
            review_reason   TEXT,
            publicity_from  TEXT,
            publicity_to    TEXT,
            publicity_place TEXT,
            objections      TEXT NOT NULL,
            issued_on       TEXT,
            certificates    INTEGER NOT NULL,
            PRIMARY KEY (institution, batch)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE batch_counts (
            institution     TEXT NOT NULL,
            batch           TEXT NOT NULL,
            occupation_code TEXT NOT NULL,
            occupation_name TEXT NOT NULL,
            trade           TEXT NOT NULL,
            level           INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
            publicised      INTEGER NOT NULL,
            issued          INTEGER NOT NULL,
            PRIMARY KEY (institution, batch, occupation_code, trade, level)
        ) WITHOUT ROWID
        """,
        HolderIndex,
        InstitutionIndex,
    ];

    /// <summary>The index the service finds a holder's certificates by (keyed ID hash, then name).</summary>
    public const string HolderIndex = "CREATE INDEX certificates_by_holder ON certificates (id_hash, holder_name)";

    /// <summary>The index of an institution's certificates by issue date, for its years and its page.</summary>
    public const string InstitutionIndex = "CREATE INDEX certificates_by_institution ON certificates (institution, issued_on)";

    /// <summary>The keys of the <c>meta</c> table.</summary>
    public static class MetaKeys
    {
        public const string SchemaVersion = "schema_version";

        /// <summary>The export's date (from --as-of), so the same input gives the same file.</summary>
        public const string ExportedAt = "exported_at";

        /// <summary>SHA-256 (hex) over the content and rosters that went in; it names this export's version.</summary>
        public const string ContentHash = "content_hash";

        /// <summary>national-22 or notice-21: the form new numbers were given in.</summary>
        public const string NumberForm = "number_form";

        public const string CertificateCount = "certificate_count";

        /// <summary>The key id of the current signing key: the one new QR signatures should use.</summary>
        public const string CurrentKeyId = "current_key_id";

        /// <summary>A public name for the id key (see IdHasher.KeyId), so that a re-export with another id key is refused.</summary>
        public const string IdKeyId = "id_key_id";

        /// <summary>
        /// JSON object from 16-character number prefix to the highest serial ever given under it, for prefixes whose
        /// highest serial belongs to a certificate no longer in the export; so that no number is given twice.
        /// </summary>
        public const string SerialFloors = "serial_floors";

        /// <summary>JSON of <see cref="ExportedSite"/>: the catalogue's title, authority, centre, addresses and contact.</summary>
        public const string Site = "site";
    }

    /// <summary>Values of <c>certificates.status</c>.</summary>
    public static class CertificateStatus
    {
        public const string Valid = "valid";
        public const string Revoked = "revoked";
    }
}
