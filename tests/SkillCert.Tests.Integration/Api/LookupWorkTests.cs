using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SkillCert.Core.Identity;
using SkillCert.VerifyApi.Exports;
using SkillCert.VerifyApi.Lookups;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// A lookup with a known ID number and a wrong name must do the work of one with an unknown ID number, so that its time
/// cannot tell whether the ID exists. Shown by counting and by the query plan, never by timing.
/// </summary>
public sealed class LookupWorkTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("skillcert-lookup-work-").FullName;
    private readonly ExportConnection _connection;

    public LookupWorkTests()
    {
        var path = Path.Combine(_folder, "certificates.db");
        // Enough certificates that neither ID's hash below falls among the index's last 32 entries, where every window is shorter.
        ExportFixture.Write(path, extraCertificates: 3000);
        _connection = ExportConnection.Open(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString(), ExportSchema.Version);
    }

    private IReadOnlyList<HolderEntry> Window(string idNumber) => _connection.FindHolderWindow(IdHasher.Compute(ExportFixture.IdKey, idNumber));

    /// <summary>Index entries from this hash on: the window is shorter only there, where the hash falls, not whether it exists.</summary>
    private long EntriesFrom(string idNumber)
    {
        using var command = _connection.CreateCommand("SELECT count(*) FROM certificates WHERE id_hash >= $p");
        command.Parameters.AddWithValue("$p", IdHasher.Compute(ExportFixture.IdKey, idNumber));
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void A_window_is_as_long_for_an_unknown_id_as_for_a_known_one()
    {
        var unknownId = ExportFixture.WithCheck("14090219991231009");
        Assert.Equal(Math.Min(ExportConnection.HolderWindow, EntriesFrom(ExportFixture.ZhangId)), Window(ExportFixture.ZhangId).Count);
        Assert.Equal(Math.Min(ExportConnection.HolderWindow, EntriesFrom(unknownId)), Window(unknownId).Count);
    }

    [Fact]
    public void An_unknown_id_and_a_known_id_with_a_wrong_name_read_as_many_index_entries_and_compare_as_many_names()
    {
        var known = Window(ExportFixture.ZhangId);
        var unknown = Window(ExportFixture.WithCheck("14090219991231009"));
        Assert.Equal(ExportConnection.HolderWindow, known.Count);
        Assert.Equal(ExportConnection.HolderWindow, unknown.Count);
        Assert.Equal(2, known.Count(e => e.SameId));
        Assert.DoesNotContain(unknown, e => e.SameId);
        Assert.Empty(HolderMatch.Numbers("张三", known));
        Assert.Empty(HolderMatch.Numbers("张三", unknown));
    }

    [Fact]
    public void A_lookup_reads_only_the_index_never_a_certificate_row()
    {
        using var command = _connection.CreateCommand("EXPLAIN QUERY PLAN " + ExportConnection.HolderWindowQuery);
        command.Parameters.AddWithValue("$p", new byte[32]);
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read()) plan.Add(reader.GetString(3));
        Assert.Equal(["SEARCH certificates USING COVERING INDEX certificates_by_holder (id_hash>?)"], plan);
    }

    [Fact]
    public void Only_an_entry_with_both_the_id_and_the_name_is_the_holders()
    {
        var window = Window(ExportFixture.ZhangId);
        Assert.Equal([ExportFixture.ValidNumber, ExportFixture.SecondOfZhangNumber], HolderMatch.Numbers(ExportFixture.ZhangName, window).Order(StringComparer.Ordinal));
        var neighbour = window.First(e => !e.SameId);
        Assert.DoesNotContain(neighbour.Number, HolderMatch.Numbers(neighbour.HolderName, window));
    }

    public void Dispose()
    {
        _connection.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
