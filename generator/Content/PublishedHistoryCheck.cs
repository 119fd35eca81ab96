using System.Globalization;
using SkillCert.Core.Institutions;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Content;

/// <summary>
/// Warns where the content rewrites what was published instead of adding to it: the filed <c>name</c> or
/// <c>occupations</c> edited where a dated renamed or scope_changed event belongs, a published event deleted or
/// altered, a published institution's file gone. Certificates show the name, and are checked against the scope, of
/// their issue date, so such an edit changes what old certificates say. Warnings, not errors: correcting a typing
/// error is an edit too.
/// </summary>
public static class PublishedHistoryCheck
{
    private const string AnyDay = "yyyy-MM-dd";

    public static void Compare(LoadedContent content, PublishedCatalogue published, DiagnosticBag bag)
    {
        var where = new Phrase($"{published.Source}，截至 {Day(published.AsOf)}", $"{published.Source}, as of {Day(published.AsOf)}");
        var current = new Dictionary<string, LoadedInstitution>(StringComparer.Ordinal);
        foreach (var loaded in content.Institutions) current.TryAdd(loaded.Institution.Seq, loaded);
        foreach (var (seq, filing) in published.Filings.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!current.TryGetValue(seq, out var loaded))
            {
                var file = Path.Combine(content.ContentDir, "institutions", seq + ".yml");
                // A file that is there but failed to load has its own errors already.
                if (!File.Exists(file))
                    bag.Warning(DiagnosticCodes.PublishedInstitutionGone, SourceSpot.OfFile(file),
                        $"机构 {seq}（{filing.Name}）已经发布过（{where.Zh}），但它的文件不见了；机构离开目录要靠 removed 或 withdrawn 事件，" +
                        "文件要留着，这样它发的证书仍然能核验。请恢复这个文件，并加上相应的事件",
                        $"institution {seq} ({filing.Name}) was published ({where.En}), but its file is gone; an institution leaves the catalogue by a " +
                        "removed or withdrawn event and its file stays, so that its certificates can still be checked. Restore the file and add that event");
                continue;
            }
            CompareName(loaded, filing, where, bag);
            CompareScope(loaded, filing, where, bag);
            CompareEvents(loaded, filing, where, bag);
        }
    }

    private static void CompareName(LoadedInstitution loaded, PublishedFiling filing, Phrase where, DiagnosticBag bag)
    {
        var name = loaded.Institution.Name;
        if (name == filing.Name) return;
        bag.Warning(DiagnosticCodes.NameEdited, loaded.History.Name,
            $"name 发布时是“{filing.Name}”（{where.Zh}），现在写的是“{name}”；直接改 name 会让 {loaded.Institution.Seq} 的每张证书" +
            $"从备案起都显示新名称。请把 name 改回“{filing.Name}”，再用一个生效当天的事件记录新名称：" +
            $"{{on: {AnyDay}, type: renamed, name: \"{name}\"}}（如果“{filing.Name}”原本是打错的字，可以不管这条警告）",
            $"name was published as \"{filing.Name}\" ({where.En}) and now reads \"{name}\"; editing name changes the name that every certificate " +
            $"of {loaded.Institution.Seq} shows, back to its filing. Put back name: \"{filing.Name}\" and record the new name as an event dated " +
            $"the day it took effect: {{on: {AnyDay}, type: renamed, name: \"{name}\"}} (if \"{filing.Name}\" was a typing error, ignore this warning)");
    }

    private static void CompareScope(LoadedInstitution loaded, PublishedFiling filing, Phrase where, DiagnosticBag bag)
    {
        if (filing.Scope is not { } published) return;
        var changes = ScopeChanges(published, loaded.Institution.Occupations);
        if (changes.Count == 0) return;
        bag.Warning(DiagnosticCodes.ScopeEdited, loaded.History.Occupations,
            $"occupations（{Day(loaded.Institution.FiledOn)} 备案的范围）和发布的不一样（{where.Zh}）：{string.Join("; ", changes)}。" +
            "直接改 occupations 会把备案当天的范围也改掉，旧证书就会按新范围核验。请改回发布时的 occupations，" +
            $"再加一个范围变化当天的事件，列出完整的新范围：{{on: {AnyDay}, type: scope_changed, occupations: {ScopeYaml(loaded.Institution.Occupations)}}}",
            $"occupations, the scope filed on {Day(loaded.Institution.FiledOn)}, differs from what was published ({where.En}): {string.Join("; ", changes)}. " +
            "Editing occupations changes the scope back to the filing day, so old certificates would be checked against it. Put back the " +
            $"published occupations and add an event dated the day the scope changed, listing the whole new scope: {{on: {AnyDay}, type: scope_changed, " +
            $"occupations: {ScopeYaml(loaded.Institution.Occupations)}}}");
    }

    private static void CompareEvents(LoadedInstitution loaded, PublishedFiling filing, Phrase where, DiagnosticBag bag)
    {
        var events = loaded.Institution.Events;
        var used = new bool[events.Count];
        foreach (var old in filing.Events)
        {
            var match = -1;
            for (var i = 0; i < events.Count && match < 0; i++)
            {
                if (!used[i] && events[i].On == old.On && events[i].Type == old.Type) match = i;
            }
            if (match < 0)
            {
                bag.Warning(DiagnosticCodes.PublishedEventGone, loaded.History.Events,
                    $"{Day(old.On)} 的 {FilingEventTypeNames.Name(old.Type)} 事件已经发布过（{where.Zh}），但现在不在 events 里了；" +
                    $"发布过的事件要留在历史里，因为那些日子的证书按它显示和核验。请把它放回去：{EventYaml(old)}（如果它是误记的，可以不管这条警告）",
                    $"the {FilingEventTypeNames.Name(old.Type)} event of {Day(old.On)} was published ({where.En}) but is no longer in events; a published " +
                    $"event stays in the history, since certificates of its days are shown and checked by it. Put it back: {EventYaml(old)} " +
                    "(if it was recorded by mistake, ignore this warning)");
                continue;
            }
            used[match] = true;
            var now = events[match];
            if (Same(old, now)) continue;
            var spot = match < loaded.History.EachEvent.Count ? loaded.History.EachEvent[match] : loaded.History.Events;
            bag.Warning(DiagnosticCodes.PublishedEventChanged, spot,
                $"这个事件发布时是 {EventYaml(old)}（{where.Zh}），现在写的是 {EventYaml(now)}；发布过的事件不能改，因为那些日子的证书按它显示和核验。" +
                "请改回发布时的值，后来的变化用一个新事件记录，日期写变化的那一天（如果发布的值原本是打错的，可以不管这条警告）",
                $"this event was published as {EventYaml(old)} ({where.En}) and now reads {EventYaml(now)}; a published event is not edited, since " +
                "certificates of its days are shown and checked by it. Put back the published values and record a later change as a new event " +
                "dated the day of the change (if the published values were a typing error, ignore this warning)");
        }
    }

    private static bool Same(FilingEvent a, FilingEvent b) =>
        a.ValidUntil == b.ValidUntil && Text(a.Note) == Text(b.Note) && a.Name == b.Name
        && (a.Occupations is null) == (b.Occupations is null)
        && (a.Occupations is null || ScopeChanges(a.Occupations, b.Occupations!).Count == 0);

    private static string? Text(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    /// <summary>What differs between two scopes, line by line: "added …", "removed …", "… levels 5 4 3 → 5 4".</summary>
    private static List<string> ScopeChanges(IReadOnlyList<ScopeEntry> before, IReadOnlyList<ScopeEntry> after)
    {
        var changes = new List<string>();
        foreach (var old in before)
        {
            var now = after.FirstOrDefault(s => s.OccupationCode == old.OccupationCode && s.Trade == old.Trade);
            if (now is null) changes.Add($"removed {Line(old)}");
            else if (!Levels(old).SequenceEqual(Levels(now))) changes.Add($"{Key(old)} levels {string.Join(' ', Levels(old))} → {string.Join(' ', Levels(now))}");
        }
        foreach (var now in after)
        {
            if (!before.Any(s => s.OccupationCode == now.OccupationCode && s.Trade == now.Trade)) changes.Add($"added {Line(now)}");
        }
        return changes;
    }

    private static IEnumerable<int> Levels(ScopeEntry entry) => entry.Levels.Distinct().OrderDescending();

    private static string Key(ScopeEntry entry) => entry.Trade is null ? entry.OccupationCode : $"{entry.OccupationCode}/{entry.Trade}";

    private static string Line(ScopeEntry entry) => $"{Key(entry)} levels {string.Join(' ', Levels(entry))}";

    /// <summary>An event as it is written in an institution file, flow style, so a warning can say exactly what to put back.</summary>
    private static string EventYaml(FilingEvent e)
    {
        var parts = new List<string> { $"on: {Day(e.On)}", $"type: {FilingEventTypeNames.Name(e.Type)}" };
        if (e.Name is not null) parts.Add($"name: \"{e.Name}\"");
        if (e.ValidUntil is { } until) parts.Add($"valid_until: {Day(until)}");
        if (e.Occupations is { } scope) parts.Add($"occupations: {ScopeYaml(scope)}");
        if (Text(e.Note) is { } note) parts.Add($"note: \"{note}\"");
        return "{" + string.Join(", ", parts) + "}";
    }

    private static string ScopeYaml(IReadOnlyList<ScopeEntry> scope) => "[" + string.Join(", ", scope.Select(s =>
        $"{{code: \"{s.OccupationCode}\", {(s.Trade is null ? "" : $"trade: \"{s.Trade}\", ")}levels: [{string.Join(", ", Levels(s))}]}}")) + "]";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
