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

    public static string Valid(LiveSite site) => site.Demo.Samples.First(s => s.Expect == "valid").Number;

    public static string Revoked(LiveSite site) => site.Demo.Samples.First(s => s.Expect == "revoked").Number;

    /// A well-formed number that no certificate has: a valid one with the last serial the form allows.
    public static string Unknown(LiveSite site) => Valid(site)[..16] + "999999";
}
