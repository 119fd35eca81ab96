using Microsoft.Data.Sqlite;
using Sylvan.Data.Csv;
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

    /// A holder of the sample rosters with a certificate in the demo export: the name and ID number the roster gives them,
    /// and that certificate's number (the export keeps only a keyed hash of the ID number, so it comes from the roster).
    public static (string Name, string IdNumber, string Number) Holder(LiveSite site)
    {
        var number = Valid(site);
        var name = HolderOf(site, number);
        var ids = RosterPeople().Where(p => p.Name == name).Select(p => p.IdNumber).ToHashSet(StringComparer.Ordinal);
        Assert.True(ids.Count == 1, $"the sample rosters give {name} {ids.Count} ID numbers; the lookup tests need one");
        return (name, ids.Single(), number);
    }

    /// Another ID number of the sample rosters than <paramref name="idNumber"/>: real, so only the pair is wrong.
    public static string OtherIdNumber(string idNumber) => RosterPeople().First(p => p.IdNumber.Length == 18 && p.IdNumber != idNumber).IdNumber;

    /// Each row's name and ID number, from the sample rosters whose first line is the header (not the official form's layout).
    private static IEnumerable<(string Name, string IdNumber)> RosterPeople()
    {
        foreach (var file in Directory.EnumerateFiles(LiveSite.Repository.Rosters, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var reader = CsvDataReader.Create(file);
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var (name, id) = (columns.IndexOf("姓名"), columns.IndexOf("证件号码"));
            if (name < 0 || id < 0) continue;
            while (reader.Read()) yield return (reader.GetString(name), reader.GetString(id));
        }
    }

    /// The site as the demo export records it (site.yml's names, addresses and contacts).
    public static ExportedSite Site(LiveSite site) =>
        ExportedSite.FromJson(Row(site, "SELECT value FROM meta WHERE key = $p", ExportSchema.MetaKeys.Site)[0])!;

    /// A well-formed number that no certificate has: a valid one with the last serial the form allows.
    public static string Unknown(LiveSite site) => Valid(site)[..16] + "999999";
}
