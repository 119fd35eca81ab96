using System.CommandLine;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Commands;

/// <summary><c>skillcert export</c>: turns evaluation rosters into the numbered, privacy-safe SQLite export the verification service reads.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var rosters = new Option<string>("--rosters") { Description = "The rosters folder: <seq>/<batch>.csv or .xlsx, optional <batch>.yml, and revocations.csv", Required = true };
        var content = CommonOptions.Content();
        var output = new Option<string>("--out") { Description = "The export file to write (and to continue from, when it exists)", Required = true };
        var signingKeys = new Option<string[]>("--signing-key")
        {
            Description = "A signing key (PEM, private or public) to publish; repeat it for a rotation: the last one is current, earlier ones are retired",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var revokeKeys = new Option<string[]>("--revoke-key")
        {
            Description = "The id of a signing key whose private half was lost or leaked: revoked as of --as-of, so no QR code it signed is trusted again; repeat it for several. Later exports keep it revoked",
            AllowMultipleArgumentsPerToken = false,
        };
        var idKey = new Option<string>("--id-key") { Description = "The 32-byte id key for the ID-number hash (skillcert keys new --id-key)", Required = true };
        var previousIdKey = new Option<string?>("--previous-id-key")
        {
            Description = "To rotate the id key: the old id key, that the export at --out was made with; rows are matched to it under the old key and written under --id-key",
        };
        var report = new Option<string?>("--report") { Description = "Also write every error and warning to this CSV file" };
        var asOf = CommonOptions.AsOf();
        asOf.Description = "The export date, as yyyy-MM-dd (default: today): statuses, the future-date check and exported_at use it";
        var command = new Command("export", "Check the rosters and write the certificate export (SQLite) with the public signing keys")
        {
            rosters, content, output, signingKeys, revokeKeys, idKey, previousIdKey, report, asOf,
        };
        command.SetAction(parse =>
        {
            // Process-wide, so here at the process's entry and not in ExportRun, which tests and the demo run in-process.
            SqliteOneThreadPerConnection.Apply();
            return ExportRun.Execute(
                new ExportRequest(parse.GetValue(rosters)!, parse.GetValue(content)!, parse.GetValue(output)!, parse.GetValue(signingKeys) ?? [],
                    parse.GetValue(idKey)!, parse.GetValue(report), parse.GetValue(asOf), parse.GetValue(previousIdKey), parse.GetValue(revokeKeys) ?? []),
                Console.Out, Console.Error);
        });
        return command;
    }
}
