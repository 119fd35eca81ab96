namespace SkillCert.Generator.Diagnostics;

/// <summary>
/// How this process prints diagnostics: in Chinese unless <c>--lang en</c> or <c>SKILLCERT_LANG=en</c> asks for English,
/// and as one JSON object a line with <c>--json</c>. Set once by the command line before a command runs, like a culture.
/// </summary>
public sealed record DiagnosticStyle(DiagnosticLanguage Language, bool Json)
{
    public static DiagnosticStyle Current { get; set; } = new(DiagnosticLanguage.Chinese, Json: false);

    public bool English => Language == DiagnosticLanguage.English;

    /// <summary>Chinese or English words of this style's language, for the lines around the diagnostics.</summary>
    public string Say(string chinese, string english) => English ? english : chinese;
}
