using System.Text;
using SkillCert.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SkillCert.Generator.Content;

/// <summary>Reads one YAML file into a node tree, turning every way a file can be bad into a diagnostic.</summary>
public static class YamlSource
{
    /// <summary>Content files are small; anything larger is a mistake, and is refused before it is read.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The root node of the file's single document, or null after reporting why there is none.</summary>
    public static YamlNode? Load(string path, string display, DiagnosticBag bag)
    {
        var text = ReadText(path, display, bag);
        return text is null ? null : Parse(text, display, bag);
    }

    /// <summary>Reads a content file as strict UTF-8 (a BOM is allowed), or reports why it cannot.</summary>
    public static string? ReadText(string path, string display, DiagnosticBag bag)
    {
        var at = SourceSpot.OfFile(display);
        try
        {
            // One open, one read: the loader reads thousands of small files and each system call counts.
            using var handle = File.OpenHandle(path);
            var length = RandomAccess.GetLength(handle);
            if (length > MaxBytes)
            {
                bag.Error(DiagnosticCodes.FileTooLarge, at,
                    $"the file is {length / (1024 * 1024)} MB; content files are at most {MaxBytes / (1024 * 1024)} MB, so split it or remove what does not belong");
                return null;
            }
            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
                if (n == 0) break;
                read += n;
            }
            return Decode(bytes.AsSpan(0, read), display, bag);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.UnreadableFile, at, $"cannot read the file: {e.Message}");
        }
        return null;
    }

    /// <summary>A content file's bytes as text: strict UTF-8, a BOM allowed; null after reporting why they are not usable text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string display, DiagnosticBag bag)
    {
        var at = SourceSpot.OfFile(display);
        if (bytes.StartsWith(Utf8Bom)) bytes = bytes[Utf8Bom.Length..];
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            bag.Error(DiagnosticCodes.UnreadableFile, at, "the file is not valid UTF-8; save it as UTF-8 (GBK and other encodings are not read)");
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            bag.Error(DiagnosticCodes.EmptyFile, at, "the file is empty; fill it in or delete it");
            return null;
        }
        return text;
    }

    /// <summary>Parses YAML text; a syntax error is reported at YamlDotNet's line and column.</summary>
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
                bag.Error(DiagnosticCodes.EmptyFile, SourceSpot.OfFile(display), "the file has no YAML document; fill it in or delete it");
                return null;
            }
            return stream.Documents[0].RootNode;
        }
        catch (YamlException) when (guard.TooDeepAt is { } deep)
        {
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpot(display, (int)deep.Line, (int)deep.Column),
                $"YAML syntax: lists and mappings are nested more than {YamlEventGuard.MaxDepth} deep here; content needs a few levels at most, so look for a run of '[' or '{{'");
            return null;
        }
        catch (YamlException) when (guard.MissingKeyAt is { } missing)
        {
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpot(display, (int)missing.Line, (int)missing.Column),
                "YAML syntax: a key is missing before the ':' here; write each line as key: value");
            return null;
        }
        catch (YamlException) when (guard.KeyWithoutValueAt is { } key)
        {
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpot(display, (int)key.Line, (int)key.Column),
                "YAML syntax: this key has no value, or a line starts with ':' and has lost its key; write each line as key: value");
            return null;
        }
        catch (YamlException) when (guard.UnknownAlias is var (anchor, at))
        {
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpot(display, (int)at.Line, (int)at.Column),
                $"YAML syntax: the alias *{anchor} refers to no anchor &{anchor} above it; define the anchor first, or write the value out");
            return null;
        }
        catch (YamlException e) when (FirstTabIndent(text) is { } tab && e.Message.Contains("tab", StringComparison.Ordinal))
        {
            // YamlDotNet puts this error at the start of the enclosing mapping; the tab itself is what to fix.
            bag.Error(DiagnosticCodes.YamlSyntax, tab with { File = display }, "YAML syntax: a tab indents this line; YAML indents with spaces only");
            return null;
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Trim();
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpot(display, (int)e.Start.Line, (int)e.Start.Column),
                $"YAML syntax: {message}; indent with spaces, not tabs, and quote values that contain ':' or '#'");
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet's node tree refuses an event stream its own parser produced; the guard knows where it stopped.
            var at = guard.Current?.Start ?? scanner.CurrentPosition;
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpot(display, (int)at.Line, (int)at.Column),
                "YAML syntax: the structure around here cannot be read; check the indentation and that every key has a value");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way when the text ends inside an open [ or {.
            var at = scanner.CurrentPosition;
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpot(display, (int)at.Line, (int)at.Column),
                "YAML syntax: the file ends inside an unclosed '[' or '{'; close every list and mapping you open");
            return null;
        }
    }

    /// <summary>The first tab among a line's leading spaces and dashes, where YAML allows none; the file is left empty.</summary>
    private static SourceSpot? FirstTabIndent(string text)
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
            if (indent && c == '\t') return new SourceSpot("", line, column);
            indent &= c is ' ' or '-' or '\r';
            column++;
        }
        return null;
    }

    /// <summary>The 1-based start of a node.</summary>
    public static SourceSpot SpotOf(this YamlNode node, string display) => new(display, (int)node.Start.Line, (int)node.Start.Column);
}
