using System.Collections.Concurrent;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SkillCert.Rendering.Templates;

/// <summary>Scriban's built-in functions (<c>string.*</c>, <c>array.*</c>, …), each group made the first time a template names it.</summary>
internal sealed class BuiltinGroups : ScriptObject
{
    // Scriban's default builtins make every group at once, importing each function by reflection: 31 ms of CPU in every
    // build (incremental.sh, address edit), where the site's templates name two groups. Every group stays available.
    private static readonly Dictionary<string, Func<ScriptObject>> Makers = new(StringComparer.Ordinal)
    {
        ["array"] = () => new ArrayFunctions(),
        ["date"] = () => new DateTimeFunctions(),
        ["html"] = () => new HtmlFunctions(),
        ["math"] = () => new MathFunctions(),
        ["object"] = () => new ObjectFunctions(),
        ["regex"] = () => new RegexFunctions(),
        ["string"] = () => new StringFunctions(),
        ["timespan"] = () => new TimeSpanFunctions(),
    };

    private readonly ConcurrentDictionary<string, ScriptObject> _made = new(StringComparer.Ordinal);

    // Without autoImportStaticsFromThisType: false, ScriptObject imports this type's own members by reflection.
    public BuiltinGroups() : base(8, autoImportStaticsFromThisType: false)
    {
        SetValue("empty", EmptyScriptObject.Default, readOnly: true);
        SetValue("blank", EmptyScriptObject.Default, readOnly: true);
        SetValue("include_join", new IncludeJoinFunction(), readOnly: true);
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value)) return true;
        if (!Makers.TryGetValue(member, out var make)) return false;
        // Templates render on many threads at once; a group made twice in a race is the same functions, and one is kept.
        value = _made.GetOrAdd(member, _ => make());
        return true;
    }

    public override bool Contains(string member) => base.Contains(member) || Makers.ContainsKey(member);
}
