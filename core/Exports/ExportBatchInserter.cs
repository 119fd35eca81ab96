using System.Data.Common;
using System.Globalization;
using SkillCert.Core.Batches;
using SkillCert.Core.Rosters;

namespace SkillCert.Core.Exports;

/// <summary>
/// Writes rows of the <c>batches</c> and <c>batch_counts</c> tables (<see cref="ExportBatchTable"/>) through two commands
/// prepared once, so that an export's writer can add each institution's batches as its certificates arrive instead of
/// all of them at the end.
/// </summary>
public sealed class ExportBatchInserter : IDisposable
{
    private readonly DbCommand _batch;
    private readonly DbCommand _count;

    public ExportBatchInserter(DbConnection connection, DbTransaction? transaction = null)
    {
        _batch = Command(connection, transaction, BatchSql, 18);
        _count = Command(connection, transaction, CountSql, 8);
    }

    /// <summary>Adds the batches and their counts, in key order among themselves.</summary>
    public void Add(IEnumerable<BatchRecord> batches)
    {
        foreach (var (isCount, values) in Rows(batches)) Run(isCount ? _count : _batch, values);
    }

    /// <summary>
    /// The rows of both tables in key order, each a batch followed by its counts: the values in the order of
    /// <see cref="BatchSql"/> or <see cref="CountSql"/>, as <see cref="string"/>, <see cref="int"/> or null.
    /// </summary>
    public static IEnumerable<(bool IsCount, object?[] Values)> Rows(IEnumerable<BatchRecord> batches)
    {
        foreach (var b in batches.OrderBy(b => b.Institution, StringComparer.Ordinal).ThenBy(b => b.Batch, StringComparer.Ordinal))
        {
            var life = b.Lifecycle;
            yield return (false, [b.Institution, b.Batch, BatchStateNames.Slug(b.State), Day(b.Totals.EvaluatedOn), b.Totals.Applicants, b.Totals.Evaluated,
                b.Totals.Passed, Day(life.SubmittedOn), Day(life.Review?.On), life.Review?.By, Outcome(life.Review?.Outcome), life.Review?.Reason,
                Day(life.Publicity?.From), Day(life.Publicity?.To), life.Publicity?.Place, ExportBatchTable.ObjectionsJson(life.Objections),
                Day(life.IssuedOn), b.Certificates]);
            foreach (var c in b.Counts.OrderBy(c => c.OccupationCode, StringComparer.Ordinal).ThenBy(c => c.Trade ?? "", StringComparer.Ordinal)
                         .ThenBy(c => c.Level))
                yield return (true, [b.Institution, b.Batch, c.OccupationCode, c.OccupationName, c.Trade ?? "", c.Level, c.Publicised, c.Issued]);
        }
    }

    /// <summary>The insert of a <c>batches</c> row, its values numbered $1 to $18.</summary>
    public static string BatchSql { get; } = $"INSERT INTO batches ({ExportBatchTable.BatchColumns}) VALUES ({Parameters(18)})";

    /// <summary>The insert of a <c>batch_counts</c> row, its values numbered $1 to $8.</summary>
    public static string CountSql { get; } = $"INSERT INTO batch_counts ({ExportBatchTable.CountColumns}) VALUES ({Parameters(8)})";

    public void Dispose()
    {
        _batch.Dispose();
        _count.Dispose();
    }

    /// <summary>A command with the parameters $1..$<paramref name="parameters"/>, none for a query that takes none.</summary>
    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static string Parameters(int count) => string.Join(", ", Enumerable.Range(1, count).Select(i => "$" + i.ToString(CultureInfo.InvariantCulture)));

    private static void Run(DbCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private static string? Outcome(ReviewOutcome? outcome) => outcome switch
    {
        ReviewOutcome.Passed => ExportBatchTable.ReviewOutcomes.Passed,
        ReviewOutcome.SentBack => ExportBatchTable.ReviewOutcomes.SentBack,
        _ => null,
    };

    private static string? Day(DateOnly? day) => day is { } d ? RosterDate.Write(d) : null;
}
