using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace SkillCert.Generator.Content;

/// <summary>
/// The tokens of a YAML text, read again after the parser failed, to find what the error is about. The scanner is more
/// lenient than the parser (it does not match brackets), so it usually reads past the error; it stops at its own first
/// error, whose token it would otherwise repeat for ever.
/// </summary>
public static class YamlTokens
{
    public static IEnumerable<Token> Read(string text)
    {
        var scanner = new Scanner(new StringReader(text));
        while (true)
        {
            Token? token;
            try
            {
                token = scanner.MoveNext() ? scanner.Current : null;
            }
            catch (Exception)
            {
                // Only the explanation is lost: on hostile text the scanner also throws argument exceptions of its own.
                yield break;
            }
            if (token is null or Error or StreamEnd) yield break;
            yield return token;
        }
    }
}
