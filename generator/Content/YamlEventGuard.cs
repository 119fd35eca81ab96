using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SkillCert.Generator.Content;

/// <summary>
/// Passes a YAML parser's events through and stops at the first one that content must not have, remembering where:
/// lists and mappings nested deeper than <see cref="MaxDepth"/> (YamlDotNet builds its node tree by recursion, so a
/// few kilobytes of '[' would otherwise end the process with a stack overflow), and an alias to an anchor not defined
/// above it (which YamlDotNet reports only at the start of the document).
/// </summary>
public sealed class YamlEventGuard(IParser inner) : IParser
{
    /// <summary>Content needs six levels at most (an event's scope: events, event, occupations, entry, levels); this leaves room.</summary>
    public const int MaxDepth = 64;

    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
    private int _depth;

    /// <summary>Where the nesting limit was passed, once it has been.</summary>
    public Mark? TooDeepAt { get; private set; }

    /// <summary>The first alias to an unknown anchor, and where it is.</summary>
    public (string Anchor, Mark At)? UnknownAlias { get; private set; }

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case AnchorAlias alias when !_anchors.Contains(alias.Value.Value):
                UnknownAlias = (alias.Value.Value, alias.Start);
                throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value} names no anchor above it");
            case NodeEvent { Anchor.IsEmpty: false } node:
                _anchors.Add(node.Anchor.Value);
                break;
        }
        if (inner.Current is SequenceStart or MappingStart or SequenceEnd or MappingEnd)
        {
            _depth += inner.Current.NestingIncrease;
            if (_depth > MaxDepth)
            {
                TooDeepAt = inner.Current.Start;
                throw new YamlException(inner.Current.Start, inner.Current.End, $"lists and mappings are nested more than {MaxDepth} deep");
            }
        }
        return true;
    }
}
