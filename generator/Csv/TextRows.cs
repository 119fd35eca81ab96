using System.Collections;
using System.Collections.ObjectModel;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Sylvan.Data.Csv;

namespace SkillCert.Generator.Csv;

/// <summary>
/// Rows of text as the data reader that Sylvan's CSV writer takes. It replaces a DataTable. The writer asks a DataTable's
/// reader for its schema, which looks up column names case-insensitively through ICU. Loading ICU for that cost every
/// rebuild that writes data/catalogue.csv about 0.1 s (incremental.sh, an address edit). A null cell is written empty.
/// </summary>
public sealed class TextRows(IReadOnlyList<string> columns, IReadOnlyList<string?[]> rows) : DbDataReader, IDbColumnSchemaGenerator
{
    private int _row = -1;

    /// <summary>
    /// Writes the header and the rows to <paramref name="stream"/> as CSV in UTF-8 with a byte-order mark, so that Excel on
    /// a Chinese system reads the Chinese right.
    /// </summary>
    public static void WriteCsv(Stream stream, IReadOnlyList<string> columns, IReadOnlyList<string?[]> rows, CsvDataWriterOptions? options = null)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var reader = new TextRows(columns, rows);
        using var csv = CsvDataWriter.Create(text, options);
        csv.Write(reader);
    }

    public override int FieldCount => columns.Count;

    public override int Depth => 0;

    public override bool HasRows => rows.Count > 0;

    public override bool IsClosed => false;

    public override int RecordsAffected => -1;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public ReadOnlyCollection<DbColumn> GetColumnSchema() => columns.Select((name, n) => (DbColumn)new TextColumn(name, n)).ToList().AsReadOnly();

    public override bool Read() => ++_row < rows.Count;

    public override bool NextResult() => false;

    public override string GetName(int ordinal) => columns[ordinal];

    public override int GetOrdinal(string name)
    {
        for (var n = 0; n < columns.Count; n++)
        {
            if (string.Equals(columns[n], name, StringComparison.Ordinal)) return n;
        }
        throw new IndexOutOfRangeException($"no column is named '{name}'");
    }

    [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicProperties)]
    public override Type GetFieldType(int ordinal) => typeof(string);

    public override string GetDataTypeName(int ordinal) => "text";

    public override bool IsDBNull(int ordinal) => Cell(ordinal) is null;

    public override string GetString(int ordinal) => Cell(ordinal) ?? throw new InvalidCastException($"the cell of '{columns[ordinal]}' is empty");

    public override object GetValue(int ordinal) => Cell(ordinal) ?? (object)DBNull.Value;

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, columns.Count);
        for (var n = 0; n < count; n++) values[n] = GetValue(n);
        return count;
    }

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        var text = Cell(ordinal) ?? "";
        if (buffer is null) return text.Length;
        var count = (int)Math.Clamp(text.Length - dataOffset, 0, length);
        text.CopyTo((int)dataOffset, buffer, bufferOffset, count);
        return count;
    }

    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    // Every cell is text: a typed read is a caller's mistake, as it is on any reader of a text column.
    public override bool GetBoolean(int ordinal) => throw NotText(ordinal);

    public override byte GetByte(int ordinal) => throw NotText(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw NotText(ordinal);

    public override char GetChar(int ordinal) => throw NotText(ordinal);

    public override DateTime GetDateTime(int ordinal) => throw NotText(ordinal);

    public override decimal GetDecimal(int ordinal) => throw NotText(ordinal);

    public override double GetDouble(int ordinal) => throw NotText(ordinal);

    public override float GetFloat(int ordinal) => throw NotText(ordinal);

    public override Guid GetGuid(int ordinal) => throw NotText(ordinal);

    public override short GetInt16(int ordinal) => throw NotText(ordinal);

    public override int GetInt32(int ordinal) => throw NotText(ordinal);

    public override long GetInt64(int ordinal) => throw NotText(ordinal);

    private string? Cell(int ordinal) => rows[_row][ordinal];

    private InvalidCastException NotText(int ordinal) => new($"the column '{columns[ordinal]}' holds text");
}
