using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace SkillCert.Generator.Content;

/// <summary>
/// Turns YamlDotNet's account of a syntax error (where it gave up, and a parser's sentence) into what an administrator
/// can fix, in Chinese first: the quote or bracket left open and where it opened, the tab, the line indented unlike its
/// neighbours, the value that needs quotes, in Chinese and in English.
/// </summary>
public static class YamlSyntaxExplanation
{
    private const string Zh = "YAML 语法：";
    private const string En = " / YAML syntax: ";

    /// <summary>A place and a message for a syntax error the parser met at <paramref name="at"/>; <paramref name="reason"/> is its sentence, if any.</summary>
    public static (int Line, int Column, string Message, string MessageEn) Explain(string text, Mark at, string? reason) =>
        Split(Joined(text, at, reason));

    /// <summary>When the parser gave up without a sentence: the text ended, or went on, inside an open bracket.</summary>
    public static (int Line, int Column, string Message, string MessageEn) GaveUp(string text, Mark at) => Split(GaveUpJoined(text, at));

    // Each explanation below is written as one line, Chinese then English, so the two are read and kept together.
    private static (int, int, string, string) Split((int Line, int Column, string Message) joined)
    {
        var at = joined.Message.IndexOf(En, StringComparison.Ordinal);
        return (joined.Line, joined.Column, joined.Message[..at], "YAML syntax: " + joined.Message[(at + En.Length)..]);
    }

    private static (int Line, int Column, string Message) Joined(string text, Mark at, string? reason)
    {
        reason = reason?.Trim() ?? "";
        var lines = new YamlLines(text);
        if (reason.Contains("tab", StringComparison.Ordinal) && FirstTabIndent(text) is var (tabLine, tabColumn))
            return (tabLine, tabColumn, Zh + $"第 {tabLine} 行用制表符（Tab）缩进；YAML 只能用空格缩进，把这个 Tab 换成空格"
                + En + $"a tab indents line {tabLine}; YAML indents with spaces only, so replace the tab with spaces");
        if (reason.Contains("quoted scalar", StringComparison.Ordinal))
            return Quote(text, at, reason);
        if (FlowBrackets.Find(text, at.Index) is { } bracket)
            return Bracket(bracket);
        if (reason.Contains("flow", StringComparison.Ordinal) && QuotedValueEndingAt(text, at.Index) is { } runOn)
            return RunOn(runOn);
        if (reason.StartsWith("Duplicate key ", StringComparison.Ordinal))
        {
            var key = reason["Duplicate key ".Length..];
            return ((int)at.Line, (int)at.Column, Zh + $"键 {key} 在同一层写了两次，不知道该用哪一个；删掉多余的一行"
                + En + $"the key {key} appears twice in one mapping; keep one of them");
        }
        if (reason.Contains("found invalid mapping", StringComparison.Ordinal) || reason.Contains("did not find expected", StringComparison.Ordinal))
            return Layout(lines, at, reason);
        return General(at, reason);
    }

    private static (int Line, int Column, string Message) GaveUpJoined(string text, Mark at) =>
        FlowBrackets.Find(text, at.Index) is { } bracket ? Bracket(bracket)
            : ((int)at.Line, (int)at.Column, Zh + "文件在一个没有结束的“[”或“{”里面结束了；打开的每个列表和映射都要关上"
                + En + "the file ends inside an unclosed '[' or '{'; close every list and mapping you open");

    private static (int, int, string) Quote(string text, Mark at, string reason)
    {
        var single = at.Index < text.Length && text[(int)at.Index] == '\'';
        var (zh, en, mark) = single ? ("单引号", "single quote", "'") : ("双引号", "double quote", "\"");
        var where = Where(at);
        if (reason.Contains("wrong indentation", StringComparison.Ordinal) && ClosedWithoutAKeyBetween(text, (int)at.Index, mark[0]))
            return ((int)at.Line, (int)at.Column, Zh + $"{where.Zh}的{zh} {mark} 开始的值跨到了下一行，而续行的缩进不够；把这个值写在一行里，或让续行比它的键多缩进"
                + En + $"the value quoted at {where.En} goes on to the next line, which is not indented enough; keep the value on one line, or indent its continuation more than its key");
        if (reason.Contains("end of stream", StringComparison.Ordinal) || reason.Contains("wrong indentation", StringComparison.Ordinal))
            return ((int)at.Line, (int)at.Column, Zh + $"{where.Zh}的{zh} {mark} 开始了一个值，但它没有结束引号；在这个值的末尾补上 {mark}"
                + En + $"the {en} ({mark}) at {where.En} starts a value that is never closed; add the closing {mark} at the end of the value");
        if (reason.Contains("escape", StringComparison.Ordinal))
            return ((int)at.Line, (int)at.Column, Zh + $"{where.Zh}的双引号里有无效的转义：在双引号里，反斜杠 \\ 要写成 \\\\；也可以改用单引号"
                + En + $"{reason}; inside double quotes write a backslash as \\\\, or use single quotes");
        return General(at, reason);
    }

    /// <summary>
    /// Whether the quote at <paramref name="open"/> is closed before any line that reads as a new key: then the value is
    /// closed, only laid over several lines; otherwise the quote that "closes" it is the next value's opening one.
    /// </summary>
    private static bool ClosedWithoutAKeyBetween(string text, int open, char quote)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (quote == '"' && c == '\\') i++;
            else if (c == quote && !(quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')) return true;
            else if (c == quote) i++;
            else if (c == '\n' && StartsWithKey(text.AsSpan(i + 1))) return false;
        }
        return false;
    }

    private static bool StartsWithKey(ReadOnlySpan<char> rest)
    {
        var line = rest[..(rest.IndexOf('\n') is var end and >= 0 ? end : rest.Length)].TrimStart(' ');
        if (line.StartsWith("- ")) line = line[2..].TrimStart(' ');
        var colon = line.IndexOf(':');
        return colon > 0 && line[0] is not ('"' or '\'' or '#') && (colon == line.Length - 1 || line[colon + 1] is ' ' or '\r');
    }

    private static (int, int, string) Bracket(FlowBracketProblem problem)
    {
        if (problem is { Open: { } open, Close: null })
            return (open.Line, open.Column, Zh + $"{Where(open).Zh}的“{open.Symbol}”开始了{Kind(open).Zh}，但没有用“{open.Partner}”结束；"
                + $"在{Kind(open).Last}后面补上“{open.Partner}”"
                + En + $"the '{open.Symbol}' at {Where(open).En} opens {Kind(open).En} that is never closed; add '{open.Partner}' after its last {Kind(open).LastEn}");
        if (problem is { Open: { } opener, Close: { } wrong })
            return (opener.Line, opener.Column, Zh + $"{Where(opener).Zh}的“{opener.Symbol}”开始了{Kind(opener).Zh}，却在{Where(wrong).Zh}遇到了“{wrong.Symbol}”；"
                + $"{Kind(opener).Zh}要用“{opener.Partner}”结束"
                + En + $"the '{opener.Symbol}' at {Where(opener).En} opens {Kind(opener).En}, but the '{wrong.Symbol}' at {Where(wrong).En} closes it; close it with '{opener.Partner}'");
        var stray = problem.Close!;
        return (stray.Line, stray.Column, Zh + $"{Where(stray).Zh}的“{stray.Symbol}”前面没有与它配对的“{stray.Partner}”；删掉它，或补上缺少的“{stray.Partner}”"
            + En + $"the '{stray.Symbol}' at {Where(stray).En} closes nothing; remove it, or add the '{stray.Partner}' it was meant to close");
    }

    private static (string Zh, string En, string Last, string LastEn) Kind(FlowBracket open) =>
        open.Symbol == '[' ? ("一个列表", "a list", "列表最后一项", "item") : ("一组“键: 值”", "a mapping", "最后一个值", "value");

    /// <summary>A quoted value that ends where a flow collection's parser gave up: its closing quote was probably meant to open the next value.</summary>
    private static Scalar? QuotedValueEndingAt(string text, long index) =>
        YamlTokens.Read(text).OfType<Scalar>().LastOrDefault(s => s.End.Index == index && s.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted);

    private static (int, int, string) RunOn(Scalar value)
    {
        // The scalar's end is just past its closing quote.
        var (opened, closed) = (Where(value.Start), Where((int)value.End.Line, Math.Max((int)value.End.Column - 1, 1)));
        return ((int)value.Start.Line, (int)value.Start.Column,
            Zh + $"{opened.Zh}的引号开始的值一直读到{closed.Zh}的引号才结束，把后面的内容也读了进去；这个值很可能少写了结束引号，在它该结束的地方补上"
            + En + $"the value quoted at {opened.En} runs on to the quote at {closed.En} and takes in what follows; it probably lacks its closing quote, so add it where the value ends");
    }

    /// <summary>The errors of block layout: a line indented unlike its neighbours, a list item where a key belongs, a value with ': ' in it.</summary>
    private static (int, int, string) Layout(YamlLines lines, Mark at, string reason)
    {
        var line = (int)at.Line;
        var content = lines.Content(line);
        var indent = lines.Indent(line);
        var above = lines.ContentLineAbove(line);
        var aboveIndent = above == 0 ? 0 : lines.Indent(above);
        var isItem = content == "-" || content.StartsWith("- ", StringComparison.Ordinal);
        // What follows a list item's dash is read like any other line: its key, its colon, its value.
        var body = isItem ? content[1..].TrimStart(' ') : content;
        var bodyColumn = indent + 1 + content.Length - body.Length;
        var colon = content.IndexOf(": ", StringComparison.Ordinal);
        var bodyColon = body.IndexOf(": ", StringComparison.Ordinal);

        // The parser stops at a second ': ' on the line; at the first, the line itself is out of place.
        if (reason.Contains("found invalid mapping", StringComparison.Ordinal) && bodyColon >= 0 && at.Column > bodyColumn + bodyColon + 1)
            return ValueWithColon(line, bodyColumn, body, bodyColon);
        if (!isItem && colon < 0 && !content.EndsWith(':') && reason.Contains("expected key", StringComparison.Ordinal))
            return (line, indent + 1, Zh + $"第 {line} 行没有冒号；每一行写成“键: 值”，冒号后面加一个空格"
                + En + $"line {line} has no ':'; write each line as key: value, with a space after the colon");
        if (isItem && reason.Contains("expected key", StringComparison.Ordinal))
            return (line, indent + 1, Zh + $"第 {line} 行的列表项“- ”出现在只能写键的地方；让它和同一列表的其他“- ”对齐，并检查上面几行的缩进"
                + En + $"the list item on line {line} stands where a key belongs; line its '- ' up with the other items of its list, and check the indentation above");
        var what = isItem ? ("列表项", "list items") : ("键", "keys");
        if (above > 0 && indent > aboveIndent)
            return (line, indent + 1, Zh + $"第 {line} 行缩进了 {indent} 个空格，比上面的第 {above} 行（{aboveIndent} 个）多；"
                + $"同一层的{what.Item1}要左端对齐，只有冒号结尾的键下面才多缩进"
                + En + $"line {line} is indented {Spaces(indent)}, more than line {above} above it ({aboveIndent}); {what.Item2} of one level line up, "
                + "and only the lines under a key that ends in ':' are indented further");
        if (above > 0 && indent < aboveIndent)
            return (line, indent + 1, Zh + $"第 {line} 行缩进了 {indent} 个空格，和上面同一层的{what.Item1}对不齐（第 {above} 行是 {aboveIndent} 个）；同一层的{what.Item1}要左端对齐"
                + En + $"line {line} is indented {Spaces(indent)} and lines up with nothing above it (line {above} has {aboveIndent}); {what.Item2} of one level line up");
        return (line, Math.Max((int)at.Column, 1), Zh + $"第 {line} 行的缩进或写法不对；同一层的键要左端对齐，只用空格缩进，含有“:”或“#”的值要加引号"
            + En + $"{reason}; line up the keys of one level, indent with spaces, and quote values that contain ':' or '#'");
    }

    private static (int, int, string) ValueWithColon(int line, int bodyColumn, string body, int colon)
    {
        var key = body[..colon];
        var rest = body[(colon + 2)..];
        var value = rest.Trim();
        var valueColumn = bodyColumn + colon + 2 + rest.Length - rest.TrimStart().Length;
        var example = value.Contains('"', StringComparison.Ordinal) ? $"{key}: '{value}'" : $"{key}: \"{value}\"";
        return (line, valueColumn, Zh + $"第 {line} 行的值里有“: ”（冒号加空格），YAML 把它读成了又一个键；给整个值加上引号：{example}"
            + En + $"the value on line {line} contains ': ', which YAML reads as another key; put the whole value in quotes: {example}");
    }

    private static (int, int, string) General(Mark at, string reason) =>
        ((int)at.Line, (int)at.Column, Zh + $"{Where(at).Zh}无法读取；请检查：只用空格缩进，同一层的键左端对齐，含有“:”或“#”的值加引号"
            + En + $"{(reason.Length > 0 ? reason.TrimEnd('.') : "this cannot be read")}; indent with spaces, not tabs, and quote values that contain ':' or '#'");

    private static string Spaces(int n) => n == 1 ? "1 space" : string.Create(CultureInfo.InvariantCulture, $"{n} spaces");

    private static (string Zh, string En) Where(Mark at) => Where((int)at.Line, (int)at.Column);

    private static (string Zh, string En) Where(FlowBracket b) => Where(b.Line, b.Column);

    private static (string Zh, string En) Where(int line, int column) =>
        (string.Create(CultureInfo.InvariantCulture, $"第 {line} 行第 {column} 列"), string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}"));

    /// <summary>The first tab among a line's leading spaces and dashes, where YAML allows none.</summary>
    private static (int Line, int Column)? FirstTabIndent(string text)
    {
        var line = 1;
        var column = 1;
        var indent = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                (line, column, indent) = (line + 1, 1, true);
                continue;
            }
            if (indent && c == '\t') return (line, column);
            indent &= c is ' ' or '-' or '\r';
            column++;
        }
        return null;
    }
}
