using Microsoft.Data.Sqlite;

namespace SkillCert.Tests.Browser.Infrastructure;

/// Facts about the demo export that the journeys need to know in advance: a holder's full name, say.
internal static class DemoRecords
{
    public static string HolderOf(LiveSite site, string number)
    {
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = site.Demo.Export, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT holder_name FROM certificates WHERE number = $number";
        command.Parameters.AddWithValue("$number", number);
        return (string)command.ExecuteScalar()!;
    }

    /// A certificate that stands; by its number alone it is unconfirmed, with its holder's name genuine.
    public static string Valid(LiveSite site) => site.Demo.Samples.First(s => s.Verdict == "unconfirmed").Number;

    public static string Revoked(LiveSite site) => site.Demo.Samples.First(s => s.Verdict == "revoked").Number;

    /// The demo's page for a verdict, as the start-up lines list it.
    public static string PathFor(LiveSite site, string verdict) => site.Demo.Samples.First(s => s.Verdict == verdict).Path;

    /// A well-formed number that no certificate has: a valid one with the last serial the form allows.
    public static string Unknown(LiveSite site) => Valid(site)[..16] + "999999";
}
