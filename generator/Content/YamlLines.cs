namespace SkillCert.Generator.Content;

/// <summary>
/// The lines of a YAML text as YAML numbers them (breaks at LF, CRLF, a lone CR, NEL, LS and PS), to say what is wrong
/// with the line an error is on: how far it is indented, and how far the line of content above it is.
/// </summary>
public sealed class YamlLines
{
    private readonly List<string> _lines = [];

    public YamlLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\n' or '\r' or '\u0085' or '\u2028' or '\u2029')) continue;
            _lines.Add(text[start..i]);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        _lines.Add(text[start..]);
    }

    /// <summary>Line <paramref name="line"/> (1-based), or "" past the end.</summary>
    public string this[int line] => line >= 1 && line <= _lines.Count ? _lines[line - 1] : "";

    /// <summary>How many spaces a line starts with.</summary>
    public int Indent(int line) => this[line].Length - this[line].TrimStart(' ').Length;

    /// <summary>The line's text after its indent, without a trailing comment or spaces.</summary>
    public string Content(int line)
    {
        var text = this[line].TrimStart(' ');
        var comment = text.StartsWith('#') ? 0 : text.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? text[..comment] : text).TrimEnd();
    }

    /// <summary>The nearest line above <paramref name="line"/> that holds content (not blank, not only a comment), or 0.</summary>
    public int ContentLineAbove(int line)
    {
        for (var above = Math.Min(line, _lines.Count + 1) - 1; above >= 1; above--)
        {
            if (Content(above).Length > 0) return above;
        }
        return 0;
    }
}
