namespace SkillCert.Generator.Diagnostics;

/// <summary>
/// How this process prints diagnostics: in Chinese unless <c>--lang en</c> or <c>SKILLCERT_LANG=en</c> asks for English,
/// and as one JSON object a line with <c>--json</c>. Set once by the command line before a command runs, like a culture.
/// </summary>
public sealed record DiagnosticStyle(DiagnosticLanguage Language, bool Json)
{
    /// <summary>The environment variable that chooses the language when <c>--lang</c> is not given.</summary>
    public const string LanguageVariable = "SKILLCERT_LANG";

    public static DiagnosticStyle Current { get; set; } = new(DiagnosticLanguage.Chinese, Json: false);

    public bool English => Language == DiagnosticLanguage.English;

    /// <summary>The language a <c>--lang</c> value or <c>SKILLCERT_LANG</c> names: en or english for English, anything else Chinese.</summary>
    public static DiagnosticLanguage LanguageOf(string? name) =>
        name?.Trim().ToLowerInvariant() is "en" or "en-us" or "en-gb" or "english" ? DiagnosticLanguage.English : DiagnosticLanguage.Chinese;

    /// <summary>Chinese or English words of this style's language, for the lines around the diagnostics.</summary>
    public string Say(string chinese, string english) => English ? english : chinese;
}
