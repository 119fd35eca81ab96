using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;

namespace SkillCert.Tests.Browser.Infrastructure;

/// Facts about the demo export that the journeys need to know in advance: a holder's full name, say.
internal static class DemoRecords
{
    public static string HolderOf(LiveSite site, string number) =>
        Row(site, "SELECT holder_name FROM certificates WHERE number = $p", number)[0];

    /// The review and publicity of a certificate's batch, as the result page should word them.
    public static (string Review, string Publicity) ProcessOf(LiveSite site, string number)
    {
        var row = Row(site, "SELECT b.review_by, b.review_on, b.publicity_from, b.publicity_to, b.publicity_place FROM certificates c " +
            "JOIN batches b ON b.institution = c.institution AND b.batch = c.batch WHERE c.number = $p", number);
        return ($"经{row[0]}审核（{row[1]}）", $"{row[2]}–{row[3]}（{row[4]}）");
    }

    /// The demo's reissue: the certificate corrected (revoked) and the one that replaced it.
    public static (string Corrected, string Reissue) Reissue(LiveSite site)
    {
        var row = Row(site, "SELECT number, replaced_by FROM certificates WHERE replaced_by IS NOT NULL ORDER BY number LIMIT 1");
        return (row[0], row[1]);
    }

    private static string[] Row(LiveSite site, string sql, string? parameter = null)
    {
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = site.Demo.Export, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        if (parameter is not null) command.Parameters.AddWithValue("$p", parameter);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), $"the demo export has no row for {sql} with {parameter}");
        return Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).ToArray();
    }

    /// A certificate that stands; by its number alone it is unconfirmed, with its holder's name genuine.
    public static string Valid(LiveSite site) => site.Demo.Samples.First(s => s.Verdict == "unconfirmed").Number;

    public static string Revoked(LiveSite site) => site.Demo.Samples.First(s => s.Verdict == "revoked").Number;

    /// The demo's page for a verdict, as the start-up lines list it.
    public static string PathFor(LiveSite site, string verdict) => site.Demo.Samples.First(s => s.Verdict == verdict).Path;

    /// The site as the demo export records it (site.yml's names, addresses and contacts).
    public static ExportedSite Site(LiveSite site) =>
        ExportedSite.FromJson(Row(site, "SELECT value FROM meta WHERE key = $p", ExportSchema.MetaKeys.Site)[0])!;

    /// A well-formed number that no certificate has: a valid one with the last serial the form allows.
    public static string Unknown(LiveSite site) => Valid(site)[..16] + "999999";
}
