using System.Globalization;
using SkillCert.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SkillCert.Generator.Content;

/// <summary>Typed, diagnosed access to one YAML mapping: every missing or mistyped value is reported where it is.</summary>
public sealed class MappingReader(YamlMappingNode node, string display, DiagnosticBag bag, Phrase what)
{
    public string File => display;

    public DiagnosticBag Bag => bag;

    public SourceSpot Spot => node.SpotOf(display);

    /// <summary>Wraps a node that should be a mapping, or reports that it is not.</summary>
    public static MappingReader? From(YamlNode? node, string display, DiagnosticBag bag, Phrase what)
    {
        if (node is YamlMappingNode mapping) return new MappingReader(mapping, display, bag, what);
        if (node is not null)
            bag.Error(DiagnosticCodes.NotAMapping, node.SpotOf(display), $"{what.Zh}应当是一组“键: 值”行",
                $"{what.En} should be a mapping of 'key: value' lines");
        return null;
    }

    /// <summary>Where the value of a key starts, or the mapping's start when the key is absent.</summary>
    public SourceSpot SpotOf(string key) => Find(key)?.SpotOf(display) ?? Spot;

    /// <summary>Where a key itself is written (its <c>name:</c>), or the mapping's start when the key is absent.</summary>
    public SourceSpot KeySpotOf(string key)
    {
        foreach (var (k, _) in node.Children)
        {
            if (k is YamlScalarNode { Value: var name } && name == key) return k.SpotOf(display);
        }
        return Spot;
    }

    public bool Has(string key) => Find(key) is not null and not YamlScalarNode { Value: null or "" or "~" or "null" };

    public string? String(string key, bool required = false)
    {
        switch (Find(key))
        {
            case null or YamlScalarNode { Value: null or "" or "~" or "null" }:
                if (required) Missing(key);
                return null;
            case YamlScalarNode scalar:
                return scalar.Value!.Trim();
            case var other:
                bag.Error(DiagnosticCodes.WrongType, other.SpotOf(display), $"{key} 应当是一段文字，而不是{KindZh(other)}",
                    $"'{key}' should be text, not a {Kind(other)}");
                return null;
        }
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (ContentDate.TryParse(text, out var date)) return date;
        bag.Error(DiagnosticCodes.BadDate, SpotOf(key), $"{key} 写的是“{text}”，不是日期；请写成 yyyy-MM-dd，例如 2024-03-01",
            $"'{key}' is \"{text}\", not a date; write it as yyyy-MM-dd, for example 2024-03-01");
        return null;
    }

    public YamlSequenceNode? Sequence(string key, bool required = false)
    {
        switch (Find(key))
        {
            case null or YamlScalarNode { Value: null or "" or "~" or "null" }:
                if (required) Missing(key);
                return null;
            case YamlSequenceNode sequence:
                return sequence;
            case var other:
                bag.Error(DiagnosticCodes.WrongType, other.SpotOf(display), $"{key} 应当是一个列表（每行以“- ”开头，或写成 [a, b]），而不是{KindZh(other)}",
                    $"'{key}' should be a list (lines starting with '- ', or [a, b]), not a {Kind(other)}");
                return null;
        }
    }

    public MappingReader? Mapping(string key, bool required = false)
    {
        var node = Find(key);
        if (node is null or YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            if (required) Missing(key);
            return null;
        }
        if (node is YamlMappingNode mapping) return new MappingReader(mapping, display, bag, new Phrase(key + " ", $"'{key}'"));
        bag.Error(DiagnosticCodes.WrongType, node.SpotOf(display), $"{key} 应当是一组“键: 值”行，而不是{KindZh(node)}",
            $"'{key}' should be a mapping of 'key: value' lines, not a {Kind(node)}");
        return null;
    }

    /// <summary>Warns about keys the schema does not know, which are usually typos of ones it does.</summary>
    public void WarnUnknownKeys(IReadOnlyCollection<string> known)
    {
        foreach (var (key, _) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
                bag.Warning(DiagnosticCodes.UnknownField, key.SpotOf(display),
                    $"{what.Zh}里的字段 {name} 不认识，会被忽略（多半是拼写错误）；可用的字段有 {string.Join(", ", known)}",
                    $"{what.En} has an unknown field '{name}' that will be ignored; the fields are {string.Join(", ", known)}");
        }
    }

    private void Missing(string key) =>
        bag.Error(DiagnosticCodes.RequiredField, Spot, $"{what.Zh}缺少必填字段 {key}", $"{what.En} is missing the required field '{key}'");

    private YamlNode? Find(string key)
    {
        foreach (var (k, v) in node.Children)
        {
            if (k is YamlScalarNode { Value: var name } && name == key) return v;
        }
        return null;
    }

    /// <summary>A plain word for a node's kind, for error messages.</summary>
    public static string Kind(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "single value",
    };

    /// <summary>The same kind in Chinese.</summary>
    public static string KindZh(YamlNode node) => node switch
    {
        YamlMappingNode => "一组“键: 值”",
        YamlSequenceNode => "列表",
        _ => "单个值",
    };
}
