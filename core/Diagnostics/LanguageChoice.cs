namespace SkillCert.Core.Diagnostics;

/// <summary>
/// The language a setting names (<c>--lang</c>, <c>SKILLCERT_LANG</c>, the service's <c>SkillCert:Language</c>): en or
/// english for English, anything else Chinese, so that a missing or mistyped setting still speaks to the administrators.
/// </summary>
public static class LanguageChoice
{
    /// <summary>The environment variable that chooses the language when nothing more specific does.</summary>
    public const string Variable = "SKILLCERT_LANG";

    public static DiagnosticLanguage Of(string? name) =>
        name?.Trim().ToLowerInvariant() is "en" or "en-us" or "en-gb" or "english" ? DiagnosticLanguage.English : DiagnosticLanguage.Chinese;
}
