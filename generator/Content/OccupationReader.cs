using System.Text.RegularExpressions;
using SkillCert.Core.Occupations;
using SkillCert.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SkillCert.Generator.Content;

/// <summary>Reads content/occupations.yml, the occupations an institution's scope may name.</summary>
public static partial class OccupationReader
{
    [GeneratedRegex(@"^\d-\d{2}-\d{2}-\d{2}$")]
    private static partial Regex CodePattern();

    /// <summary>Checks the text of occupations.yml.</summary>
    public static IReadOnlyList<Occupation> Parse(string text, string display, DiagnosticBag bag)
    {
        var root = YamlSource.Parse(text, display, bag);
        if (root is null) return [];
        if (root is not YamlSequenceNode list)
        {
            bag.Error(DiagnosticCodes.NotAMapping, root.SpotOf(display), "occupations.yml 应当是一个列表，每项以“- code: …”开头",
                "occupations.yml should be a list of '- code: …' entries");
            return [];
        }
        var result = new List<Occupation>();
        var seen = new Dictionary<string, SourceSpot>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            var map = MappingReader.From(item, display, bag, new Phrase("这个职业", "an occupation"));
            if (map is null) continue;
            map.WarnUnknownKeys(["code", "name", "trades"]);
            var code = map.String("code", required: true);
            var name = map.String("name", required: true);
            var trades = new List<string>();
            foreach (var t in map.Sequence("trades")?.Children ?? [])
            {
                if (t is YamlScalarNode { Value: { Length: > 0 } trade }) trades.Add(trade.Trim());
                else bag.Error(DiagnosticCodes.WrongType, t.SpotOf(display), "每个工种应当是一个名称，例如 数控车工", "each trade should be a name, like 数控车工");
            }
            if (code is null || name is null) continue;
            if (!CodePattern().IsMatch(code))
            {
                bag.Error(DiagnosticCodes.BadOccupation, map.SpotOf("code"), $"职业编码“{code}”的格式不对，应当像 6-18-01-01（2015 年版职业分类大典）",
                    $"occupation code \"{code}\" should look like 6-18-01-01 (the 2015 classification)");
                continue;
            }
            if (seen.TryGetValue(code, out var first))
            {
                bag.Error(DiagnosticCodes.DuplicateOccupation, map.SpotOf("code"), $"职业编码“{code}”写了两次；第一次在第 {first.Line} 行",
                    $"occupation code \"{code}\" is listed twice; the first is at line {first.Line}");
                continue;
            }
            seen[code] = map.SpotOf("code");
            result.Add(new Occupation(code, name, trades));
        }
        return result;
    }
}
