using System.Text;
using CsCheck;

namespace SkillCert.Tests.Unit.Fuzzing;

/// Hostile strings: raw bytes read as UTF-8 and as Latin-1, arbitrary UTF-16 (lone surrogates included), and
/// valid seeds with characters inserted, deleted or replaced by full-width, combining and control characters.
internal static class FuzzInputs
{
    private static readonly Gen<string> FromBytes =
        Gen.Byte.Array[0, 96].Select(bytes => Encoding.UTF8.GetString(bytes));

    private static readonly Gen<string> FromLatin1 =
        Gen.Byte.Array[0, 96].Select(bytes => Encoding.Latin1.GetString(bytes));

    private static readonly Gen<string> AnyUtf16 = Gen.String[Gen.Char, 0, 96];

    private static readonly Gen<char> Awkward = Gen.OneOf(
        Gen.Char['\uFF01', '\uFF5E'], Gen.Char['\u0300', '\u036F'], Gen.Char['\u0000', '\u001F'],
        Gen.Char['\uD800', '\uDFFF'], Gen.Char['\u4E00', '\u9FA5'], Gen.Char["-_ \u3000\u200B\uFEFF/%?&=#"]);

    /// Mutations of seeds that are valid for the target, which reach deeper than random noise does.
    public static Gen<string> Around(params string[] seeds) =>
        from seed in Gen.OneOf(seeds)
        from edits in Gen.Int[1, 4]
        from positions in Gen.Int[0, 64].Array[edits]
        from kinds in Gen.Int[0, 2].Array[edits]
        from chars in Awkward.Array[edits]
        select Mutate(seed, positions, kinds, chars);

    public static Gen<string> Mixed(params string[] seeds) => Gen.OneOf(FromBytes, FromLatin1, AnyUtf16, Around(seeds));

    private static string Mutate(string seed, int[] positions, int[] kinds, char[] chars)
    {
        var sb = new StringBuilder(seed);
        for (var i = 0; i < positions.Length; i++)
        {
            var at = sb.Length == 0 ? 0 : positions[i] % (sb.Length + 1);
            switch (kinds[i])
            {
                case 0:
                    sb.Insert(at, chars[i]);
                    break;
                case 1 when at < sb.Length:
                    sb.Remove(at, 1);
                    break;
                default:
                    if (at < sb.Length) sb[at] = chars[i];
                    break;
            }
        }
        return sb.ToString();
    }
}
