using System.Reflection;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SkillCert.Generator.Commands;

namespace SkillCert.Tests.Integration.Export;

/// The export's schema and options are a published contract: each must be written down in the docs.
public class ExportDocumentationTests
{
    /// The docs' section under a heading (in any file of docs/), down to the next heading of its level or higher.
    internal static string Section(string heading)
    {
        var section = Docs.DocsTree.Files.Values.Select(f => Docs.DocsTree.Section(f, heading)).FirstOrDefault(s => s.Length > 0);
        Assert.True(section is not null, $"the docs have no section {heading}");
        return section!;
    }

    [Fact]
    public void Every_table_and_column_of_the_export_is_documented()
    {
        var section = Section($"Export schema (version {ExportSchema.Version})");
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        foreach (var statement in ExportSchema.CreateStatements)
        {
            using var create = connection.CreateCommand();
            create.CommandText = statement;
            create.ExecuteNonQuery();
        }
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND sql IS NOT NULL";
        using var reader = tables.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        foreach (var name in names)
        {
            Assert.Contains($"`{name}`", section, StringComparison.Ordinal);
            using var columns = connection.CreateCommand();
            columns.CommandText = $"SELECT name FROM pragma_table_info('{name}')";
            using var column = columns.ExecuteReader();
            while (column.Read()) Assert.Contains($"`{column.GetString(0)}`", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_meta_key_is_documented()
    {
        var section = Section($"Export schema (version {ExportSchema.Version})");
        var keys = typeof(ExportSchema.MetaKeys).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains($"`{key}`", section, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_option_of_export_and_keys_is_documented()
    {
        var export = Section("`skillcert export`");
        foreach (var option in ExportCommand.Create().Options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal)))
            Assert.Contains($"`{option.Name}", export, StringComparison.Ordinal);
        var keys = Section("`skillcert keys`");
        foreach (var sub in KeysCommand.Create().Subcommands)
        {
            Assert.Contains($"keys {sub.Name}", keys, StringComparison.Ordinal);
            foreach (var option in sub.Options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal)))
                Assert.Contains(option.Name, keys, StringComparison.Ordinal);
        }
    }
}
