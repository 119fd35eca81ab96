using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using SkillCert.Core.Rosters;
using SkillCert.Core.Signing;

namespace SkillCert.Core.Exports;

/// <summary>
/// The <c>signing_keys</c> table, written and read in this one place: a column added to it changes
/// <see cref="ExportSchema.CreateStatements"/>, <see cref="Insert"/> and the query of each readable version here.
/// </summary>
public static class ExportKeyTable
{
    /// <summary>Writes the keys in key-id order, inside <paramref name="transaction"/> when the caller began one.</summary>
    public static void Insert(DbConnection connection, IEnumerable<PublishedKey> keys, DbTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO signing_keys (key_id, public_key, valid_from, retired, revoked) VALUES (@key_id, @public_key, @valid_from, @retired, @revoked)";
        var parameters = new[] { "@key_id", "@public_key", "@valid_from", "@retired", "@revoked" }.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        foreach (var key in keys.OrderBy(k => k.KeyId, StringComparer.Ordinal))
        {
            parameters[0].Value = key.KeyId;
            parameters[1].Value = Convert.ToBase64String(key.SubjectPublicKeyInfo);
            parameters[2].Value = RosterDate.Write(key.ValidFrom);
            parameters[3].Value = key.Retired is { } retired ? RosterDate.Write(retired) : DBNull.Value;
            parameters[4].Value = key.Revoked is { } revoked ? RosterDate.Write(revoked) : DBNull.Value;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// The keys of an export of <paramref name="version"/>, oldest first. A key that does not read, or whose id is not
    /// its public key's, is left out and added to <paramref name="problems"/>.
    /// </summary>
    internal static List<PublishedKey> Read(DbConnection connection, int version, List<ExportProblem> problems)
    {
        using var command = connection.CreateCommand();
        command.CommandText = version switch
        {
            // Version 1 has no revoked column: none of its keys was revoked.
            1 => "SELECT key_id, public_key, valid_from, retired, NULL FROM signing_keys ORDER BY valid_from, key_id",
            2 or 3 => "SELECT key_id, public_key, valid_from, retired, revoked FROM signing_keys ORDER BY valid_from, key_id",
            _ => throw new ArgumentOutOfRangeException(nameof(version), version, "no query for this schema version; ExportSchema.ReadableVersions and ExportKeyTable.Read must move together"),
        };
        using var rows = command.ExecuteReader();
        var keys = new List<PublishedKey>();
        while (rows.Read())
        {
            var keyId = rows.GetString(0);
            if (Check(keyId, rows.GetString(1), rows.GetString(2), rows.IsDBNull(3) ? null : rows.GetString(3),
                    rows.IsDBNull(4) ? null : rows.GetString(4), problems) is { } key) keys.Add(key);
        }
        return keys;
    }

    private static PublishedKey? Check(string keyId, string publicKey, string validFrom, string? retired, string? revoked, List<ExportProblem> problems)
    {
        try
        {
            var spki = Convert.FromBase64String(publicKey);
            using (var ecdsa = ECDsa.Create())
            {
                ecdsa.ImportSubjectPublicKeyInfo(spki, out var read);
                if (read != spki.Length || ecdsa.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
                    return Problem(problems, ExportProblemKind.UnreadableKey, keyId, $"里的签名密钥“{keyId}”读不出来：它不是 P-256 公钥",
                        $"has signing key \"{keyId}\" that cannot be read: it is not a P-256 public key");
            }
            var key = PublishedKey.FromSpki(spki, Day(validFrom), retired is null ? null : Day(retired), revoked is null ? null : Day(revoked));
            if (key.KeyId == keyId) return key;
            return Problem(problems, ExportProblemKind.KeyIdMismatch, keyId, $"里的签名密钥“{keyId}”和它的公钥（编号 {key.KeyId}）对不上，文件已损坏",
                $"has signing key \"{keyId}\" whose public key has the id {key.KeyId}; it is damaged");
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return Problem(problems, ExportProblemKind.UnreadableKey, keyId, $"里的签名密钥“{keyId}”读不出来（{e.Message}）",
                $"has signing key \"{keyId}\" that cannot be read: {e.Message}");
        }
    }

    private static PublishedKey? Problem(List<ExportProblem> problems, ExportProblemKind kind, string keyId, string message, string messageEn)
    {
        problems.Add(new ExportProblem(kind, message, messageEn) { KeyId = keyId });
        return null;
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, RosterDate.Format, CultureInfo.InvariantCulture);
}
