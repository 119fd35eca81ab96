using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SkillCert.Generator.Content;

/// <summary>
/// Passes a YAML parser's events through and stops at the first one that content must not have, remembering where.
/// YamlDotNet builds its node tree by recursion and trusts the event stream, so without this a few kilobytes of '['
/// end the process with a stack overflow, an alias to a missing anchor is reported at the top of the file, and a key
/// without a value (a line starting with ':') throws an exception that is not a YAML error at all.
/// </summary>
public sealed class YamlEventGuard(IParser inner) : IParser
{
    /// <summary>Content needs six levels at most (an event's scope: events, event, occupations, entry, levels); this leaves room.</summary>
    public const int MaxDepth = 64;

    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<(bool IsMapping, int Nodes, Mark LastKey)> _open = new();

    /// <summary>Where the nesting limit was passed, once it has been.</summary>
    public Mark? TooDeepAt { get; private set; }

    /// <summary>The first alias to an unknown anchor, and where it is.</summary>
    public (string Anchor, Mark At)? UnknownAlias { get; private set; }

    /// <summary>An empty key, as a line that starts with ':' gives; YamlDotNet mis-parses what follows it.</summary>
    public Mark? MissingKeyAt { get; private set; }

    /// <summary>The key of a mapping that ended before the key's value.</summary>
    public Mark? KeyWithoutValueAt { get; private set; }

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case AnchorAlias alias:
                if (!_anchors.Contains(alias.Value.Value))
                {
                    UnknownAlias = (alias.Value.Value, alias.Start);
                    throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value} names no anchor above it");
                }
                CountNode(alias);
                break;
            case NodeEvent node:
                if (!node.Anchor.IsEmpty) _anchors.Add(node.Anchor.Value);
                CountNode(node);
                if (node is MappingStart or SequenceStart) Open(node);
                break;
            // One pop per end: a pop inside a case's guard happens even when the guard then fails and the next case runs.
            case MappingEnd end:
                if (_open.TryPop(out var mapping) && mapping.Nodes % 2 == 1)
                {
                    KeyWithoutValueAt = mapping.LastKey;
                    throw new YamlException(end.Start, end.End, "a key has no value");
                }
                break;
            case SequenceEnd:
                _open.TryPop(out _);
                break;
        }
        return true;
    }

    private void CountNode(ParsingEvent node)
    {
        if (!_open.TryPop(out var parent)) return;
        if (parent.IsMapping && parent.Nodes % 2 == 0)
        {
            if (node is Scalar { Value.Length: 0, Style: ScalarStyle.Plain })
            {
                MissingKeyAt = node.Start;
                throw new YamlException(node.Start, node.End, "a key is missing before ':'");
            }
            parent.LastKey = node.Start;
        }
        parent.Nodes++;
        _open.Push(parent);
    }

    private void Open(NodeEvent node)
    {
        if (_open.Count >= MaxDepth)
        {
            TooDeepAt = node.Start;
            throw new YamlException(node.Start, node.End, $"lists and mappings are nested more than {MaxDepth} deep");
        }
        _open.Push((node is MappingStart, 0, node.Start));
    }
}
