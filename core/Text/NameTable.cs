namespace SkillCert.Core.Text;

/// <summary>
/// The stable name a file, URL or JSON uses for each value of an enum, and its Chinese label, in one table: a value's
/// name and label, and a value from its name (null when the name is unknown).
/// </summary>
public sealed class NameTable<T>(params (T Value, string Name, string Label)[] rows) where T : struct, Enum
{
    /// <summary>Every name, in the table's order.</summary>
    public IReadOnlyList<string> Names { get; } = rows.Select(r => r.Name).ToArray();

    public string Name(T value) => Row(value).Name;

    public string Label(T value) => Row(value).Label;

    public T? Parse(string? name)
    {
        foreach (var row in rows)
        {
            if (row.Name == name) return row.Value;
        }
        return null;
    }

    private (T Value, string Name, string Label) Row(T value) => rows.First(r => EqualityComparer<T>.Default.Equals(r.Value, value));
}
