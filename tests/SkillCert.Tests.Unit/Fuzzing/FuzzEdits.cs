using System.Text;
using CsCheck;

namespace SkillCert.Tests.Unit.Fuzzing;

/// <summary>
/// Hostile files made from valid ones: a few edits anywhere in a seed (tokens of the format inserted, spans deleted
/// or replaced, lines doubled, dropped or swapped, a token repeated into a deep run), then, as bytes, sometimes a
/// byte order mark, another encoding, a flipped byte or a cut in the middle of a character. Edits of valid files
/// reach the checks behind the parser, which random bytes never do.
/// </summary>
internal static class FuzzEdits
{
    private static readonly Gen<char> AnyChar = Gen.OneOf(Gen.Char['\u0000', '\u007F'], Gen.Char['\u4E00', '\u9FA5'], Gen.Char['\uD800', '\uDFFF'],
        Gen.Char["\uFEFF\u200B\u3000\uFF1A\uFF0C\u2014\u00A0\u0085\u2028"]);

    /// <summary>A seed with one to eight edits.</summary>
    public static Gen<string> Text(string[] seeds, string[] tokens) =>
        from seed in Gen.OneOf(seeds)
        from edits in Edit(tokens.Length).Array[1, 8]
        select Apply(seed, edits, tokens);

    /// <summary>The edited text as a file's bytes: mostly UTF-8, sometimes damaged or in another encoding, sometimes pure noise.</summary>
    public static Gen<FuzzFile> Bytes(string[] seeds, string[] tokens) =>
        from text in Text(seeds, tokens)
        from damage in Gen.Int[0, 15]
        from at in Gen.Int[0, int.MaxValue]
        from value in Gen.Byte
        from noise in Gen.Byte.Array[0, 200]
        select new FuzzFile(Damage(text, damage, at, value, noise));

    private static Gen<TextEdit> Edit(int tokens) =>
        from kind in Gen.Int[0, 7]
        from at in Gen.Int[0, int.MaxValue]
        from length in Gen.Int[1, 32]
        from token in Gen.Int[0, tokens - 1]
        from c in AnyChar
        select new TextEdit(kind, at, length, token, c);

    private static string Apply(string seed, TextEdit[] edits, string[] tokens)
    {
        var text = new StringBuilder(seed);
        foreach (var e in edits)
        {
            var at = e.At % (text.Length + 1);
            var span = Math.Min(e.Length, text.Length - at);
            switch (e.Kind)
            {
                case 0:
                    text.Insert(at, tokens[e.Token]);
                    break;
                case 1:
                    text.Remove(at, span);
                    break;
                case 2:
                    text.Remove(at, span).Insert(at, tokens[e.Token]);
                    break;
                case 3:
                    text.Insert(at, e.Char);
                    break;
                case 7:
                    // A deep run of one token: nesting, long lines, many columns.
                    text.Insert(at, string.Concat(Enumerable.Repeat(tokens[e.Token], e.Length * 8)));
                    break;
                default:
                    text = new StringBuilder(EditLines(text.ToString(), e.Kind, e.At));
                    break;
            }
        }
        return text.ToString();
    }

    private static string EditLines(string text, int kind, int at)
    {
        var lines = text.Split('\n').ToList();
        var i = at % lines.Count;
        switch (kind)
        {
            case 4:
                lines.Insert(i, lines[i]);
                break;
            case 5 when lines.Count > 1:
                lines.RemoveAt(i);
                break;
            default:
                if (i + 1 < lines.Count) (lines[i], lines[i + 1]) = (lines[i + 1], lines[i]);
                break;
        }
        return string.Join('\n', lines);
    }

    private static byte[] Damage(string text, int damage, int at, byte value, byte[] noise)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        switch (damage)
        {
            case 0:
                return [0xEF, 0xBB, 0xBF, .. utf8];
            case 1:
                return Gb18030.Value.GetBytes(text);
            case 2:
                return Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
            case 3 when utf8.Length > 0:
                utf8[at % utf8.Length] = value;
                return utf8;
            case 4:
                return utf8[..(at % (utf8.Length + 1))];
            case 5:
                return noise;
            default:
                return utf8;
        }
    }

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });
}
