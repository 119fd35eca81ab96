using System.Text.RegularExpressions;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Tests.Integration.Corpus;

/// <summary>
/// The roster corpus's expected lines are what `skillcert export` prints, in Chinese by default and in English with
/// --lang en. Every roster and export code has a case, and each of its messages says something in Chinese that is not
/// just its English: an administrator of a city centre reads the default output.
/// </summary>
public partial class RosterMessageLanguageTests
{
    [GeneratedRegex(@"^(?<place>.*?): (?:错误|警告|error|warning) (?<code>SC\d{4}): (?<message>.*)$")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    private static IEnumerable<(string Case, string Zh, string En)> Pairs() =>
        Directory.EnumerateDirectories(Path.Combine(CorpusCase.CorpusFolder(RosterCorpusTests.Kind), "cases"))
            .Select(folder => CorpusCase.Read(RosterCorpusTests.Kind, Path.GetFileName(folder)))
            .SelectMany(c => c.Expected.Zip(c.ExpectedEn, (zh, en) => (c.Name, zh, en)));

    [Fact]
    public void Every_roster_and_export_code_has_a_corpus_case()
    {
        var printed = Pairs().Select(p => DiagnosticLine().Match(p.Zh).Groups["code"].Value).ToHashSet(StringComparer.Ordinal);
        var codes = DiagnosticCatalogue.Entries.Select(e => e.Code).Where(c => c.StartsWith("SC7", StringComparison.Ordinal));
        Assert.All(codes, code => Assert.Contains(code, printed));
    }

    [Fact]
    public void Every_roster_message_is_written_in_Chinese_not_copied_from_its_English()
    {
        var untranslated = new List<string>();
        foreach (var (name, zh, en) in Pairs())
        {
            var (z, e) = (DiagnosticLine().Match(zh), DiagnosticLine().Match(en));
            Assert.True(z.Success && e.Success, $"{name}: not a diagnostic line:\n  {zh}\n  {en}");
            var (message, messageEn) = WithoutColumn(z.Groups["message"].Value, e.Groups["message"].Value);
            if (message == messageEn || !Han().IsMatch(message) || Han().Matches(message).Count <= Han().Matches(messageEn).Count)
                untranslated.Add($"{name}: {zh}");
        }
        Assert.Empty(untranslated);
    }

    // A cell's problem starts with its column's header in both languages (证件号码：… and 证件号码: …), which is Chinese
    // either way, so it is set aside before the messages are compared.
    private static (string, string) WithoutColumn(string zh, string en)
    {
        var colon = zh.IndexOf('：', StringComparison.Ordinal);
        if (colon <= 0) return (zh, en);
        var header = zh[..colon];
        return en.StartsWith(header + ": ", StringComparison.Ordinal) ? (zh[(colon + 1)..], en[(header.Length + 2)..]) : (zh, en);
    }
}
