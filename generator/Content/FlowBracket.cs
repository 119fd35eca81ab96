namespace SkillCert.Generator.Content;

/// <summary>One of YAML's flow brackets, <c>[ ] { }</c>, where it stands in the file (1-based line and column; 0-based index).</summary>
public sealed record FlowBracket(char Symbol, int Line, int Column, long Index)
{
    public bool Opens => Symbol is '[' or '{';

    /// <summary>The bracket that closes this one, or opens it.</summary>
    public char Partner => Symbol switch
    {
        '[' => ']',
        ']' => '[',
        '{' => '}',
        _ => '{',
    };
}
