using System.Text;

namespace SkillCert.Generator.Commands;

/// <summary>
/// Lines the two columns of <c>--help</c> up as a terminal shows them. System.CommandLine pads the first column by its
/// length in characters, but a terminal draws each Chinese character two columns wide, so 选项 rows with
/// <c>&lt;文件夹&gt;</c> or （必填） would push their descriptions out of line.
/// </summary>
public static class HelpColumns
{
    private const string Indent = "  ";
    private const string Gap = "  ";

    public static string Align(string help)
    {
        var lines = help.Split('\n');
        var output = new StringBuilder(help.Length + 256);
        var start = 0;
        while (start < lines.Length)
        {
            // A section is a run of indented lines under its heading; each is aligned on its own, as the library does.
            var end = start;
            while (end < lines.Length && lines[end].StartsWith(Indent, StringComparison.Ordinal)) end++;
            if (end == start)
            {
                output.Append(lines[start]).Append('\n');
                start++;
                continue;
            }
            AlignSection(lines.AsSpan(start, end - start), output);
            start = end;
        }
        return output.ToString(0, Math.Max(0, output.Length - 1));
    }

    private static void AlignSection(ReadOnlySpan<string> lines, StringBuilder output)
    {
        var rows = new List<(string First, string? Description, bool Continues)>();
        foreach (var line in lines)
        {
            if (line.StartsWith(Indent + " ", StringComparison.Ordinal) && rows.Count > 0)
            {
                rows.Add((line.Trim(), null, true)); // a description wrapped onto the next line
                continue;
            }
            var body = line[Indent.Length..];
            var gap = body.IndexOf(Gap, StringComparison.Ordinal);
            rows.Add(gap < 0 ? (body.TrimEnd(), null, false) : (body[..gap], body[gap..].Trim(), false));
        }
        var width = rows.Where(r => !r.Continues && r.Description is not null).Select(r => Width(r.First)).DefaultIfEmpty(0).Max();
        foreach (var (first, description, continues) in rows)
        {
            if (continues) output.Append(' ', Indent.Length + width + Gap.Length).Append(first);
            else if (description is null) output.Append(Indent).Append(first);
            else output.Append(Indent).Append(first).Append(' ', width - Width(first)).Append(Gap).Append(description);
            output.Append('\n');
        }
    }

    /// <summary>The columns a terminal draws <paramref name="text"/> in: East Asian wide and full-width characters take two.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var c in text) width += Wide(c) ? 2 : 1;
        return width;
    }

    private static bool Wide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
