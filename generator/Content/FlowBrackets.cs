using YamlDotNet.Core.Tokens;

namespace SkillCert.Generator.Content;

/// <summary>
/// Pairs the flow brackets of a YAML text that failed to parse, to say which bracket is to blame. YamlDotNet reports
/// where it gave up, which for a '[' never closed is the next line or the end of the file, not the bracket itself.
/// </summary>
public static class FlowBrackets
{
    /// <summary>
    /// The bracket to blame for the error the parser met at <paramref name="errorIndex"/>: a closing bracket there or
    /// before it that closes nothing or the wrong bracket, or else the innermost bracket opened before it and never
    /// closed. Null when every bracket up to the error pairs up, so the error is about something else.
    /// </summary>
    public static FlowBracketProblem? Find(string text, long errorIndex)
    {
        var open = new Stack<FlowBracket>();
        foreach (var token in YamlTokens.Read(text))
        {
            if (Bracket(token) is not { } bracket) continue;
            if (bracket.Opens)
            {
                open.Push(bracket);
                continue;
            }
            var matches = open.TryPeek(out var opener) && opener.Partner == bracket.Symbol;
            if (!matches)
            {
                // Past the error the tokens are the parser's guesswork; only a bracket before it is to blame.
                if (bracket.Index > errorIndex) break;
                return new FlowBracketProblem(open.Count == 0 ? null : opener, bracket);
            }
            open.Pop();
        }
        return open.FirstOrDefault(b => b.Index <= errorIndex) is { } unclosed ? new FlowBracketProblem(unclosed, null) : null;
    }

    private static FlowBracket? Bracket(Token token) => token switch
    {
        FlowSequenceStart => At('[', token),
        FlowSequenceEnd => At(']', token),
        FlowMappingStart => At('{', token),
        FlowMappingEnd => At('}', token),
        _ => null,
    };

    private static FlowBracket At(char symbol, Token token) => new(symbol, (int)token.Start.Line, (int)token.Start.Column, token.Start.Index);
}
