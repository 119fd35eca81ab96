using System.Data.Common;

namespace SkillCert.Generator.Csv;

/// <summary>A column of <see cref="TextRows"/>: its name and place; it always holds text, and may be empty.</summary>
public sealed class TextColumn : DbColumn
{
    public TextColumn(string name, int ordinal)
    {
        ColumnName = name;
        ColumnOrdinal = ordinal;
        DataType = typeof(string);
        DataTypeName = "text";
        AllowDBNull = true;
    }
}
