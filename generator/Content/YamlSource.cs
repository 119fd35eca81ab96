using SkillCert.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SkillCert.Generator.Content;

/// <summary>Reads one YAML file into a node tree, turning every way a file can be bad into a diagnostic.</summary>
public static class YamlSource
{
    /// <summary>The root node of the file's single document, or null after reporting why there is none.</summary>
    public static YamlNode? Load(string path, string display, DiagnosticBag bag)
    {
        var text = SourceText.Read(path, display, bag);
        return text is null ? null : Parse(text, display, bag);
    }

    /// <summary>Parses YAML text; a syntax error is reported where it can be fixed (see <see cref="YamlSyntaxExplanation"/>).</summary>
    public static YamlNode? Parse(string text, string display, DiagnosticBag bag)
    {
        var scanner = new Scanner(new StringReader(text));
        var guard = new YamlEventGuard(new Parser(scanner));
        try
        {
            var stream = new YamlStream();
            stream.Load(guard);
            if (stream.Documents.Count == 0)
            {
                bag.Error(DiagnosticCodes.EmptyFile, SourceSpot.OfFile(display), "文件里没有 YAML 内容；把它填写完整，或者删掉它",
                    "the file has no YAML document; fill it in or delete it");
                return null;
            }
            return stream.Documents[0].RootNode;
        }
        catch (YamlException) when (guard.TooDeepAt is { } deep)
        {
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpot(display, (int)deep.Line, (int)deep.Column),
                $"YAML 语法：列表和映射在这里嵌套超过 {YamlEventGuard.MaxDepth} 层；内容文件只需要几层，找一找连续的“[”或“{{”",
                $"YAML syntax: lists and mappings are nested more than {YamlEventGuard.MaxDepth} deep here; content needs a few levels at most, so look for a run of '[' or '{{'");
            return null;
        }
        catch (YamlException) when (guard.MissingKeyAt is { } missing)
        {
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpot(display, (int)missing.Line, (int)missing.Column),
                "YAML 语法：这里的冒号“:”前面缺少键；每一行写成“键: 值”", "YAML syntax: a key is missing before the ':' here; write each line as key: value");
            return null;
        }
        catch (YamlException) when (guard.KeyWithoutValueAt is { } key)
        {
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpot(display, (int)key.Line, (int)key.Column),
                "YAML 语法：这个键没有值，或者有一行以冒号开头、丢了它的键；每一行写成“键: 值”",
                "YAML syntax: this key has no value, or a line starts with ':' and has lost its key; write each line as key: value");
            return null;
        }
        catch (YamlException) when (guard.UnknownAlias is var (anchor, at))
        {
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpot(display, (int)at.Line, (int)at.Column),
                $"YAML 语法：别名 *{anchor} 引用的锚点 &{anchor} 在上文中不存在；先定义这个锚点，或者直接写出值",
                $"YAML syntax: the alias *{anchor} refers to no anchor &{anchor} above it; define the anchor first, or write the value out");
            return null;
        }
        catch (YamlException e)
        {
            // YamlDotNet says where it gave up; the explanation finds what to fix: the bracket or quote left open, the tab, the indent.
            Report(bag, display, YamlSyntaxExplanation.Explain(text, e.Start, e.InnerException?.Message ?? e.Message));
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet's node tree refuses an event stream its own parser produced; the guard knows where it stopped.
            var at = guard.Current?.Start ?? scanner.CurrentPosition;
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpot(display, (int)at.Line, (int)at.Column),
                "YAML 语法：这附近的结构无法读取；检查缩进，并确认每个键都有值",
                "YAML syntax: the structure around here cannot be read; check the indentation and that every key has a value");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way when the text goes on, or ends, inside an open [ or {.
            Report(bag, display, YamlSyntaxExplanation.GaveUp(text, scanner.CurrentPosition));
            return null;
        }
    }

    private static void Report(DiagnosticBag bag, string display, (int Line, int Column, string Message, string MessageEn) error) =>
        bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpot(display, error.Line, error.Column), error.Message, error.MessageEn);

    /// <summary>The 1-based start of a node.</summary>
    public static SourceSpot SpotOf(this YamlNode node, string display) => new(display, (int)node.Start.Line, (int)node.Start.Column);
}
