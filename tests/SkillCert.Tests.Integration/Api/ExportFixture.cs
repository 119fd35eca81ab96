using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Batches;
using SkillCert.Core.Exports;
using SkillCert.Core.Identity;
using SkillCert.Core.Institutions;
using SkillCert.Core.Privacy;
using SkillCert.Core.Signing;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// Writes small export files straight through <see cref="ExportSchema.CreateStatements"/>, with a fixed cast of
/// institutions and holders, so API tests need neither the export command nor rosters.
/// </summary>
public static class ExportFixture
{
    public const string ValidNumber = "Y000014000001223000001";
    public const string RevokedNumber = "Y000014000001223000002";
    public const string RemovedInstitutionNumber = "Y000014000002225000001";
    public const string SecondOfZhangNumber = "Y000014000001234000001";
    public const string UnknownNumber = "Y000014000001223009999";

    /// <summary>With <c>withReissue</c>: a certificate whose name was misspelt, revoked as corrected by <see cref="ReissueNumber"/>.</summary>
    public const string CorrectedNumber = "Y000014000001223000003";

    public const string ReissueNumber = "Y000014000001223000004";

    /// <summary>The batch of <see cref="ValidNumber"/> and <see cref="RevokedNumber"/>: reviewed, publicised, issued on 2022-05-10.</summary>
    public static readonly BatchRecord Batch = new("000001", "2022-1", new BatchTotals(new DateOnly(2022, 4, 10), 3, 2, 2),
        new BatchLifecycle(new DateOnly(2022, 4, 15), new BatchReview(new DateOnly(2022, 4, 20), "测试市职业技能鉴定服务中心", ReviewOutcome.Passed, null),
            new BatchPublicity(new DateOnly(2022, 4, 22), new DateOnly(2022, 4, 28), "企业公告栏"), [], new DateOnly(2022, 5, 10)),
        BatchState.Issued, 2, [new BatchCount("6-18-01-01", "车工", "数控车工", 3, 2, 2)]);

    public const string ZhangName = "张三明";
    public const string LiName = "李四";

    /// <summary>Zhang's ID number, with a correct check character, born 1990-01-01 in 忻府区.</summary>
    public static readonly string ZhangId = WithCheck("14090219900101123");

    public static readonly string LiId = WithCheck("14092219851212456");

    public static readonly byte[] IdKey = Enumerable.Range(0, IdHasher.KeyLength).Select(i => (byte)(i * 7 + 3)).ToArray();

    /// <summary>The export's published signing key, kept so tests can sign QR claims as a certificate renderer would.</summary>
    public static readonly SigningKey Signer = SigningKey.Create();

    /// <summary>A key the export publishes as revoked (on 2025-01-01): it was current until 2021, when it was leaked.</summary>
    public static readonly SigningKey RevokedSigner = SigningKey.Create();

    public static readonly ExportedSite Site = new("测试市评价机构目录", "测试市人力资源和社会保障局", "测试市职业技能鉴定服务中心",
        "https://catalogue.test.example/", "https://verify.test.example/", null, null, null, null, null);

    /// <summary>Machinery's name since 2024-01-08; its certificates of 2022 and 2023 carry the old one.</summary>
    public const string RenamedMachinery = "忻州示例重工有限公司";

    public static readonly Institution Machinery = new()
    {
        Seq = "000001",
        Name = "忻州示例机械有限公司",
        CreditCode = "91140900MA0K3PQ218",
        County = "忻府区",
        FiledOn = new DateOnly(2021, 6, 1),
        Occupations = [new ScopeEntry("6-18-01-01", "数控车工", [5, 4, 3])],
        Events =
        [
            new FilingEvent(new DateOnly(2024, 1, 8), FilingEventType.Renamed, Name: RenamedMachinery),
            new FilingEvent(new DateOnly(2024, 5, 20), FilingEventType.Renewed, new DateOnly(2027, 5, 31)),
        ],
    };

    public static readonly Institution Colliery = new()
    {
        Seq = "000002",
        Name = "忻州示例煤业有限公司",
        CreditCode = "91140900MA0K3PQ300",
        County = "原平市",
        FiledOn = new DateOnly(2020, 6, 1),
        Occupations = [new ScopeEntry("6-18-01-01", null, [5, 4])],
        Events = [new FilingEvent(new DateOnly(2022, 3, 1), FilingEventType.Removed, Note: "违规开展认定")],
    };

    /// <summary>
    /// Writes a complete export at <paramref name="path"/>, replacing any file there; its ID hashes are made with
    /// <paramref name="idKey"/> (by default <see cref="IdKey"/>) and its meta names that key.
    /// </summary>
    public static void Write(string path, string contentHash = "version-one", string? schemaVersion = null, int extraCertificates = 0,
        byte[]? idKey = null, bool withReissue = false)
    {
        idKey ??= IdKey;
        if (File.Exists(path)) File.Delete(path);
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        db.Open();
        using var tx = db.BeginTransaction();
        foreach (var statement in ExportSchema.CreateStatements) Execute(db, statement);
        Meta(db, ExportSchema.MetaKeys.SchemaVersion, schemaVersion ?? ExportSchema.Version.ToString(CultureInfo.InvariantCulture));
        Meta(db, ExportSchema.MetaKeys.ExportedAt, "2026-03-01");
        Meta(db, ExportSchema.MetaKeys.ContentHash, contentHash);
        Meta(db, ExportSchema.MetaKeys.NumberForm, "national-22");
        Meta(db, ExportSchema.MetaKeys.CertificateCount, (6 + extraCertificates + (withReissue ? 2 : 0)).ToString(CultureInfo.InvariantCulture));
        Meta(db, ExportSchema.MetaKeys.IdKeyId, IdHasher.KeyId(idKey));
        Meta(db, ExportSchema.MetaKeys.Site, Site.ToJson());
        ExportKeyTable.Insert(db, [PublishedKey.FromSpki(Signer.SubjectPublicKeyInfo, new DateOnly(2021, 1, 1)),
            PublishedKey.FromSpki(RevokedSigner.SubjectPublicKeyInfo, new DateOnly(2020, 1, 1), new DateOnly(2021, 1, 1), new DateOnly(2025, 1, 1))], tx);
        Institution(db, Machinery, "active", "有效");
        Institution(db, Colliery, "removed", "2022-03-01 移出评价机构目录：违规开展认定");

        Certificate(db, idKey, ValidNumber, "000001", "数控车工", 3, "2022-05-10", ZhangName, ZhangId, batch: Batch.Batch);
        Certificate(db, idKey, RevokedNumber, "000001", "数控车工", 3, "2022-05-10", LiName, LiId, revoked: ("2023-01-15", "以欺骗手段取得证书"), batch: Batch.Batch);
        ExportBatchTable.Insert(db, [Batch], tx);
        if (withReissue)
        {
            var wang = WithCheck("14090219880808123");
            Certificate(db, idKey, CorrectedNumber, "000001", "数控车工", 3, "2022-05-10", "王小", wang,
                revoked: ("2022-06-01", ExportedCertificate.CorrectedReason(ReissueNumber)), batch: Batch.Batch, replacedBy: ReissueNumber);
            Certificate(db, idKey, ReissueNumber, "000001", "数控车工", 3, "2022-06-01", "王小明", wang, batch: Batch.Batch, replaces: CorrectedNumber);
        }
        Certificate(db, idKey, RemovedInstitutionNumber, "000002", null, 5, "2022-06-01", "王五", WithCheck("14098119800315789"));
        Certificate(db, idKey, SecondOfZhangNumber, "000001", "数控车工", 4, "2023-04-01", ZhangName, ZhangId);
        // Certificates in 2024 and 2025 keep the institution clear of the two-idle-years withdrawal rule.
        Certificate(db, idKey, "Y000014000001245000001", "000001", "数控车工", 5, "2024-07-01", "赵六", WithCheck("14090219920115001"));
        Certificate(db, idKey, "Y000014000001255000001", "000001", "数控车工", 5, "2025-07-01", "钱七", WithCheck("14090219930215002"));
        for (var i = 0; i < extraCertificates; i++)
        {
            Certificate(db, idKey, $"Y000014000001245{i + 2:000000}", "000001", "数控车工", 5, "2024-07-01", "赵六" + i, ExtraIdNumber(i));
        }
        tx.Commit();
    }

    /// <summary>A real export whose certificate pages are then overwritten: the header and meta still read, quick_check does not pass.</summary>
    public static void WriteDamaged(string path)
    {
        Write(path, "damaged", extraCertificates: 300);
        var bytes = File.ReadAllBytes(path);
        var pageSize = (bytes[16] << 8) | bytes[17];
        var random = new Random(7);
        for (var at = 4 * pageSize; at < bytes.Length; at++) bytes[at] = (byte)random.Next(256);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>A real export cut in half, as an interrupted copy leaves it.</summary>
    public static void WriteTruncated(string path)
    {
        Write(path, "truncated", extraCertificates: 300);
        using var file = new FileStream(path, FileMode.Open);
        file.SetLength(file.Length / 2);
    }

    /// <summary>Writes an ID key file as an operator keeps it: readable by its owner only, as the service requires.</summary>
    public static void WriteIdKey(string path, byte[]? key = null, UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite)
    {
        File.WriteAllBytes(path, key ?? IdKey);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, mode);
    }

    /// <summary>Writes to a sibling temporary file and renames it over <paramref name="path"/>, as publishing does.</summary>
    public static void Publish(string path, Action<string> write)
    {
        var staging = path + ".staging-" + Guid.NewGuid().ToString("N");
        write(staging);
        File.Move(staging, path, overwrite: true);
    }

    /// <summary>The ID number of the i-th extra certificate (serial i + 2 of 2024, level 5).</summary>
    public static string ExtraIdNumber(int i) => WithCheck($"1409021992{(i % 12) + 1:00}15{i % 1000:000}");

    public static string WithCheck(string first17) => first17 + IdNumber.ComputeCheckCharacter(first17);

    private static void Institution(SqliteConnection db, Institution i, string status, string cause) =>
        Execute(db, "INSERT INTO institutions VALUES ($1, $2, $3, $4, '14', $5, $6, $7, $8)", i.Seq, i.NameOn(new DateOnly(2026, 3, 1)),
            i.Category.ToString(), i.Route, i.County, status, cause,
            FilingJson.Serialize(i));

    private static void Certificate(SqliteConnection db, byte[] idKey, string number, string institution, string? trade, int level, string issuedOn,
        string name, string id, (string On, string Reason)? revoked = null, string? batch = null, string? replaces = null, string? replacedBy = null) =>
        Execute(db, "INSERT INTO certificates (number, institution, occupation_code, occupation_name, trade, level, issued_on, status, revoked_on, " +
            "revocation_reason, holder_name, masked_name, document_type, masked_id, id_hash, batch, replaces, replaced_by) " +
            "VALUES ($1, $2, '6-18-01-01', '车工', $3, $4, $5, $6, $7, $8, $9, $10, '居民身份证', $11, $12, $13, $14, $15)",
            number, institution, trade, level, issuedOn, revoked is null ? "valid" : "revoked", revoked?.On, revoked?.Reason,
            name, Mask.Name(name), Mask.IdNumber(id), IdHasher.Compute(idKey, id), batch, replaces, replacedBy);

    private static void Meta(SqliteConnection db, string key, string value) => Execute(db, "INSERT INTO meta VALUES ($1, $2)", key, value);

    private static void Execute(SqliteConnection db, string sql, params object?[] values)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue("$" + (i + 1), values[i] ?? DBNull.Value);
        command.ExecuteNonQuery();
    }
}
