using SkillCert.Core.Identity;
using SkillCert.Core.Institutions;
using SkillCert.Core.Levels;
using SkillCert.Core.Occupations;
using SkillCert.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SkillCert.Generator.Content;

/// <summary>Reads and checks one content/institutions/&lt;seq&gt;.yml against the schema and the occupation list.</summary>
public static class InstitutionReader
{
    private static readonly string[] Known =
    [
        "seq", "category", "route", "name", "credit_code", "county", "address", "legal_representative", "industry",
        "size", "ownership", "contact", "filed_on", "valid_until", "occupations", "events",
    ];

    private static readonly string[] Sizes = ["大型", "中型"];
    private static readonly string[] Ownerships = ["国有", "外资", "民营", "其他"];

    /// <summary>
    /// Checks an institution file's text; its seq must match the file name in <paramref name="display"/>. A caller that
    /// has already hashed the text for the parse cache passes <paramref name="contentHash"/> so it is not hashed twice.
    /// </summary>
    public static LoadedInstitution? Parse(string text, string display, IReadOnlyDictionary<string, Occupation> occupations,
        string occupationsFile, DiagnosticBag bag, string? contentHash = null)
    {
        var map = MappingReader.From(YamlSource.Parse(text, display, bag), display, bag, new Phrase("机构文件", "the institution"));
        if (map is null) return null;
        map.WarnUnknownKeys(Known);
        var errorsBefore = bag.ErrorCount;

        var seq = map.String("seq", required: true);
        if (seq is not null)
        {
            if (seq.Length != 6 || !seq.All(char.IsAsciiDigit) || seq == "000000")
                bag.Error(DiagnosticCodes.BadSeq, map.SpotOf("seq"), $"seq“{seq}”应当是六位数字、不能全是 0，并且加引号（\"000001\"），这样开头的 0 才不会丢",
                    $"seq \"{seq}\" should be six digits, not all zeros, and quoted (\"000001\") so leading zeros stay");
            else if (Path.GetFileNameWithoutExtension(display) != seq)
                bag.Error(DiagnosticCodes.SeqFileMismatch, map.SpotOf("seq"), $"seq“{seq}”和文件名不一致；把文件改名为 {seq}.yml；如果这个 seq 属于另一个机构（文件是复制来的），给这个机构一个自己的 seq",
                    $"seq \"{seq}\" does not match the file name; rename the file to {seq}.yml, or, if that seq is another institution's (a copied file), give this one its own");
        }
        var category = map.String("category") ?? "Y";
        if (category is not ("Y" or "S"))
            bag.Error(DiagnosticCodes.BadCategory, map.SpotOf("category"), $"category“{category}”只能是 Y（用人单位）或 S（社会培训评价组织）",
                $"category \"{category}\" should be Y (employer) or S (third-party evaluator)");
        var route = map.String("route") ?? "0000";
        if (route.Length != 4 || !route.All(char.IsAsciiDigit))
            bag.Error(DiagnosticCodes.BadRoute, map.SpotOf("route"), $"route“{route}”应当是加引号的四位数字；\"0000\" 表示在省里备案",
                $"route \"{route}\" should be four digits, quoted; \"0000\" means filed with the province");
        var name = map.String("name", required: true);
        var creditCode = map.String("credit_code", required: true);
        if (creditCode is not null)
        {
            foreach (var problem in CreditCode.Check(creditCode).Errors)
                bag.Error(DiagnosticCodes.BadCreditCode, map.SpotOf("credit_code"), $"统一社会信用代码“{creditCode}”有误（{problem.Zh}）；请照营业执照重新抄写",
                    $"credit code \"{creditCode}\": {problem.En}; copy it again from the business licence");
        }
        var county = map.String("county", required: true);
        var size = Choice(map, "size", Sizes);
        var ownership = Choice(map, "ownership", Ownerships);
        var contactMap = map.Mapping("contact");
        contactMap?.WarnUnknownKeys(["name", "phone", "email"]);
        var filedOn = map.Date("filed_on", required: true);
        var validUntil = map.Date("valid_until");
        if (filedOn is { } f && validUntil is { } v && v <= f)
            bag.Error(DiagnosticCodes.DatesOutOfOrder, map.SpotOf("valid_until"), $"valid_until {v:yyyy-MM-dd} 不在 filed_on {f:yyyy-MM-dd} 之后；有效期要在备案日之后结束",
                $"valid_until {v:yyyy-MM-dd} is not after filed_on {f:yyyy-MM-dd}");

        var scopeNode = map.Sequence("occupations", required: true);
        var scope = scopeNode is null ? [] : ReadScope(scopeNode, display, occupations, occupationsFile, bag);
        if (scopeNode is not null && scopeNode.Children.Count == 0)
            bag.Error(DiagnosticCodes.RequiredField, map.SpotOf("occupations"), "备案范围 occupations 是空的；至少列出一个职业和它的等级",
                "the scope 'occupations' is empty; list at least one occupation with its levels");
        var eventSpots = new List<SourceSpot>();
        var events = ReadEvents(map, filedOn, validUntil, name, occupations, occupationsFile, bag, eventSpots);

        if (bag.ErrorCount > errorsBefore || seq is null || name is null || creditCode is null || county is null || filedOn is null)
            return null;
        var institution = new Institution
        {
            Seq = seq,
            Category = category[0],
            Route = route,
            Name = name,
            CreditCode = creditCode,
            County = county,
            Address = map.String("address"),
            LegalRepresentative = map.String("legal_representative"),
            Industry = map.String("industry"),
            Size = size,
            Ownership = ownership,
            Contact = contactMap is null ? null : new Contact(contactMap.String("name"), contactMap.String("phone"), contactMap.String("email")),
            FiledOn = filedOn.Value,
            ValidUntil = validUntil,
            Occupations = scope,
            Events = events,
        };
        var validitySpot = events.Count > 0 ? map.SpotOf("events") : map.SpotOf(validUntil is null ? "filed_on" : "valid_until");
        return new LoadedInstitution(institution, display, map.SpotOf("seq"), map.SpotOf("credit_code"), validitySpot, contentHash ?? ParsedInstitutions.HashOf(text))
        {
            History = new HistorySpots(map.KeySpotOf("name"), map.KeySpotOf("occupations"), map.KeySpotOf("events"), eventSpots),
        };
    }

    private static string? Choice(MappingReader map, string key, string[] allowed)
    {
        var value = map.String(key);
        if (value is not null && !allowed.Contains(value))
            map.Bag.Error(DiagnosticCodes.BadChoice, map.SpotOf(key), $"{key}“{value}”只能是 {string.Join("、", allowed)} 之一",
                $"{key} \"{value}\" should be one of {string.Join(", ", allowed)}");
        return value;
    }

    private static List<ScopeEntry> ReadScope(YamlSequenceNode list, string display, IReadOnlyDictionary<string, Occupation> occupations,
        string occupationsFile, DiagnosticBag bag)
    {
        var scope = new List<ScopeEntry>();
        foreach (var item in list)
        {
            var entry = MappingReader.From(item, display, bag, new Phrase("这一项备案范围", "a scope entry"));
            if (entry is null) continue;
            entry.WarnUnknownKeys(["code", "trade", "levels"]);
            var code = entry.String("code", required: true);
            var trade = entry.String("trade");
            if (trade is "—" or "-") trade = null;
            var levels = ReadLevels(entry, bag);
            if (code is null) continue;
            if (!occupations.TryGetValue(code, out var occupation))
            {
                bag.Error(DiagnosticCodes.UnknownOccupation, entry.SpotOf("code"), $"职业编码“{code}”不存在；可用的编码在 {occupationsFile} 里",
                    $"unknown occupation code \"{code}\"; the codes are in {occupationsFile}");
                continue;
            }
            if (trade is not null && occupation.Trades.Count > 0 && !occupation.Trades.Contains(trade))
                bag.Error(DiagnosticCodes.UnknownTrade, entry.SpotOf("trade"),
                    $"工种“{trade}”不在 {code} {occupation.Name} 之下；它的工种有 {string.Join("、", occupation.Trades)}（见 {occupationsFile}）",
                    $"trade \"{trade}\" is not listed under {code} {occupation.Name}; its trades are {string.Join(", ", occupation.Trades)} (see {occupationsFile})");
            if (scope.Exists(s => s.OccupationCode == code && s.Trade == trade))
                bag.Error(DiagnosticCodes.DuplicateScope, entry.SpotOf("code"), $"{code} {trade} 在备案范围里写了两次；把等级合并到一项里",
                    $"{code} {trade} appears twice in the scope; merge the levels into one entry");
            if (levels.Count > 0) scope.Add(new ScopeEntry(code, trade, levels));
        }
        return scope;
    }

    private static List<int> ReadLevels(MappingReader entry, DiagnosticBag bag)
    {
        var levels = new List<int>();
        var node = entry.Sequence("levels", required: true);
        if (node is null) return levels;
        foreach (var item in node)
        {
            // Content reads a level as rosters do, so 5, 五级, 初级工 and 初级 all mean the same here as there.
            if (item is YamlScalarNode { Value: var text } && SkillLevel.TryParse(text, out var level))
            {
                if (!levels.Contains(level.Code)) levels.Add(level.Code);
            }
            else
            {
                var written = (item as YamlScalarNode)?.Value ?? MappingReader.Kind(item);
                bag.Error(DiagnosticCodes.BadLevel, item.SpotOf(entry.File),
                    $"等级“{written}”不存在；等级从 5（五级/初级工）到 1（一级/高级技师），可以写 5、五级、初级工 或 初级",
                    $"level \"{written}\" does not exist; levels run from 5 (五级/初级工) to 1 (一级/高级技师), written as 5, 五级, 初级工 or 初级");
            }
        }
        if (node.Children.Count == 0)
            bag.Error(DiagnosticCodes.BadLevel, entry.SpotOf("levels"),
                "levels 是空的；列出这一项可以认定的等级，如 [5, 4, 3] 或 [五级, 四级]", "levels is empty; list the levels this entry may certify, like [5, 4, 3]");
        return levels;
    }

    private static List<FilingEvent> ReadEvents(MappingReader map, DateOnly? filedOn, DateOnly? validUntil, string? filedName,
        IReadOnlyDictionary<string, Occupation> occupations, string occupationsFile, DiagnosticBag bag, List<SourceSpot> spots)
    {
        var currentName = filedName;
        var events = new List<FilingEvent>();
        var list = map.Sequence("events");
        if (list is null) return events;
        var previous = filedOn;
        var end = filedOn is { } start ? validUntil ?? Institution.DefaultValidUntil(start) : (DateOnly?)null;
        foreach (var item in list)
        {
            var e = MappingReader.From(item, map.File, bag, new Phrase("这个事件", "an event"));
            if (e is null) continue;
            e.WarnUnknownKeys(["on", "type", "valid_until", "note", "occupations", "name"]);
            var on = e.Date("on", required: true);
            var typeName = e.String("type", required: true);
            var type = FilingEventTypeNames.Parse(typeName);
            if (typeName is not null && type is null)
                bag.Error(DiagnosticCodes.UnknownEventType, e.SpotOf("type"),
                    $"事件类型“{typeName}”不存在；请用 {string.Join("、", FilingEventTypeNames.All)} 之一",
                    $"unknown event type \"{typeName}\"; use one of {string.Join(", ", FilingEventTypeNames.All)}");
            var eventEnd = e.Date("valid_until");
            IReadOnlyList<ScopeEntry>? newScope = null;
            if (e.Sequence("occupations") is { } scopeNode)
            {
                if (type != FilingEventType.ScopeChanged)
                    bag.Error(DiagnosticCodes.UnknownField, e.SpotOf("occupations"), "只有 scope_changed 事件可以写 occupations",
                        "only a scope_changed event may carry 'occupations'");
                newScope = ReadScope(scopeNode, map.File, occupations, occupationsFile, bag);
            }
            else if (type == FilingEventType.ScopeChanged)
            {
                bag.Error(DiagnosticCodes.RequiredField, e.Spot, "scope_changed 事件要写明新的 occupations 列表",
                    "a scope_changed event needs the new 'occupations' list");
            }
            var newName = RenamedTo(e, type, currentName, bag);
            currentName = newName ?? currentName;
            if (on is { } day && previous is { } before && day < before)
                bag.Error(DiagnosticCodes.DatesOutOfOrder, e.SpotOf("on"),
                    $"{day:yyyy-MM-dd} 的事件排在 {before:yyyy-MM-dd} 之前；事件要从早到晚排列，并且在 filed_on 之后",
                    $"event on {day:yyyy-MM-dd} comes before {before:yyyy-MM-dd}; list events oldest first, after filed_on");
            if (on is { } d && eventEnd is { } until && until <= d)
                bag.Error(DiagnosticCodes.DatesOutOfOrder, e.SpotOf("valid_until"), $"valid_until {until:yyyy-MM-dd} 不在事件日期 {d:yyyy-MM-dd} 之后",
                    $"valid_until {until:yyyy-MM-dd} is not after the event's date {d:yyyy-MM-dd}");
            if (type == FilingEventType.Renewed && eventEnd is { } renewedTo && end is { } oldEnd && renewedTo <= oldEnd)
                bag.Error(DiagnosticCodes.DatesOutOfOrder, e.SpotOf("valid_until"),
                    $"续期后的有效期到 {renewedTo:yyyy-MM-dd} 结束，没有晚于现在的 {oldEnd:yyyy-MM-dd}；续期要延长有效期",
                    $"the renewal ends on {renewedTo:yyyy-MM-dd}, not after the current end {oldEnd:yyyy-MM-dd}");
            if (type == FilingEventType.Renewed && end is { } current) end = eventEnd ?? current.AddYears(Institution.FilingYears);
            if (type == FilingEventType.Filed && on is { } refiled) end = eventEnd ?? Institution.DefaultValidUntil(refiled);
            previous = on ?? previous;
            if (on is not null && type is not null)
            {
                events.Add(new FilingEvent(on.Value, type.Value, eventEnd, e.String("note"), newScope, newName));
                spots.Add(e.Spot);
            }
        }
        return events;
    }

    // A rename is dated, so that a certificate shows the name of its issue date; editing 'name' would rewrite history.
    private static string? RenamedTo(MappingReader e, FilingEventType? type, string? currentName, DiagnosticBag bag)
    {
        var name = e.String("name");
        if (type != FilingEventType.Renamed)
        {
            if (name is not null && type is not null)
                bag.Error(DiagnosticCodes.UnknownField, e.SpotOf("name"), "只有 renamed 事件可以写 name；要记录新名称，写 {on: yyyy-MM-dd, type: renamed, name: 新名称}",
                    "only a renamed event may carry 'name'; to record a new name, write {on: yyyy-MM-dd, type: renamed, name: 新名称}");
            return null;
        }
        if (string.IsNullOrEmpty(name))
        {
            bag.Error(DiagnosticCodes.RequiredField, e.Has("name") ? e.SpotOf("name") : e.Spot,
                "renamed 事件要写明营业执照上的新名称 name：{on: yyyy-MM-dd, type: renamed, name: 新名称}",
                "a renamed event needs the new registered 'name', as on the business licence: {on: yyyy-MM-dd, type: renamed, name: 新名称}");
            return null;
        }
        if (name == currentName)
        {
            bag.Error(DiagnosticCodes.RenameToSameName, e.SpotOf("name"),
                $"renamed 事件写的“{name}”就是当天已经在用的名称；写上新的注册名称，或者删掉这个事件",
                $"the renamed event gives \"{name}\", the name already in force on its day; write the new registered name, or remove the event");
            return null;
        }
        return name;
    }
}
